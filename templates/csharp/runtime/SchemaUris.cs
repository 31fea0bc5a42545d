#nullable enable

using System;
using System.Collections.Generic;
using System.Text;

namespace OpenAI.Realtime;

/// <summary>
/// URI references resolved as RFC 3986 section 5 says, by hand: System.Uri refuses "urn:" bases
/// for relative references and rewrites what it does not understand, and JSON Schema identifies
/// resources by plain text. Also JSON pointers (RFC 6901) and URI fragments.
/// </summary>
internal static class SchemaUris
{
    private readonly struct Parts
    {
        internal Parts(string? scheme, string? authority, string path, string? query, string? fragment)
        {
            Scheme = scheme;
            Authority = authority;
            Path = path;
            Query = query;
            Fragment = fragment;
        }

        internal string? Scheme { get; }

        internal string? Authority { get; }

        internal string Path { get; }

        internal string? Query { get; }

        internal string? Fragment { get; }
    }

    /// <summary>The reference resolved against the base (RFC 3986 section 5.2.2, strict).</summary>
    internal static string Resolve(string baseUri, string reference)
    {
        var r = Split(reference);
        if (r.Scheme != null) return Join(new Parts(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment));
        var b = Split(baseUri);
        if (r.Authority != null) return Join(new Parts(b.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment));
        if (r.Path.Length == 0) return Join(new Parts(b.Scheme, b.Authority, b.Path, r.Query ?? b.Query, r.Fragment));
        var path = r.Path[0] == '/' ? r.Path : Merge(b, r.Path);
        return Join(new Parts(b.Scheme, b.Authority, RemoveDotSegments(path), r.Query, r.Fragment));
    }

    /// <summary>The URI without its fragment, and the fragment percent-decoded ("" when none).</summary>
    internal static (string Uri, string Fragment) SplitFragment(string uri)
    {
        var hash = uri.IndexOf('#');
        if (hash < 0) return (uri, "");
        return (uri.Substring(0, hash), Uri.UnescapeDataString(uri.Substring(hash + 1)));
    }

    /// <summary>The URI without an empty trailing fragment ("http://x/s#" names the same resource as "http://x/s").</summary>
    internal static string WithoutEmptyFragment(string uri) => uri.EndsWith("#", StringComparison.Ordinal) ? uri.Substring(0, uri.Length - 1) : uri;

    /// <summary>One reference token of a JSON pointer, escaped (~ as ~0, / as ~1).</summary>
    internal static string Escape(string token) => token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The reference tokens of a JSON pointer ("" is the whole document), unescaped; null when it is not a pointer.</summary>
    internal static List<string>? PointerTokens(string pointer)
    {
        var tokens = new List<string>();
        if (pointer.Length == 0) return tokens;
        if (pointer[0] != '/') return null;
        foreach (var raw in pointer.Substring(1).Split('/')) tokens.Add(raw.Replace("~1", "/").Replace("~0", "~"));
        return tokens;
    }

    private static Parts Split(string uri)
    {
        // RFC 3986 appendix B: ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?
        string? fragment = null;
        var hash = uri.IndexOf('#');
        if (hash >= 0)
        {
            fragment = uri.Substring(hash + 1);
            uri = uri.Substring(0, hash);
        }
        string? query = null;
        var question = uri.IndexOf('?');
        if (question >= 0)
        {
            query = uri.Substring(question + 1);
            uri = uri.Substring(0, question);
        }
        string? scheme = null;
        var colon = uri.IndexOf(':');
        if (colon > 0 && uri.IndexOf('/', 0, colon) < 0)
        {
            scheme = uri.Substring(0, colon);
            uri = uri.Substring(colon + 1);
        }
        string? authority = null;
        if (uri.StartsWith("//", StringComparison.Ordinal))
        {
            var end = uri.IndexOf('/', 2);
            if (end < 0) end = uri.Length;
            authority = uri.Substring(2, end - 2);
            uri = uri.Substring(end);
        }
        return new Parts(scheme, authority, uri, query, fragment);
    }

    private static string Join(Parts p)
    {
        var text = new StringBuilder();
        if (p.Scheme != null) text.Append(p.Scheme).Append(':');
        if (p.Authority != null) text.Append("//").Append(p.Authority);
        text.Append(p.Path);
        if (p.Query != null) text.Append('?').Append(p.Query);
        if (p.Fragment != null) text.Append('#').Append(p.Fragment);
        return text.ToString();
    }

    private static string Merge(Parts b, string path)
    {
        if (b.Authority != null && b.Path.Length == 0) return "/" + path;
        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? path : b.Path.Substring(0, slash + 1) + path;
    }

    /// <summary>RFC 3986 section 5.2.4.</summary>
    private static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var input = path;
        var output = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) input = input.Substring(3);
            else if (input.StartsWith("./", StringComparison.Ordinal)) input = input.Substring(2);
            else if (input.StartsWith("/./", StringComparison.Ordinal)) input = input.Substring(2);
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input.Substring(3);
                var last = output.ToString().LastIndexOf('/');
                output.Length = last < 0 ? 0 : last;
            }
            else if (input == "." || input == "..") input = "";
            else
            {
                var next = input.IndexOf('/', input[0] == '/' ? 1 : 0);
                if (next < 0) next = input.Length;
                output.Append(input, 0, next);
                input = input.Substring(next);
            }
        }
        return output.ToString();
    }
}
