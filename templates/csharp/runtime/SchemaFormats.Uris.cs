#nullable enable

using System;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime;

internal static partial class SchemaFormats
{
    private const string SubDelims = "!$&'()*+,;=";

    private static bool IsUnreserved(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';

    /// <summary>RFC 3987's ucschar and iprivate, by UTF-16 unit (surrogates are the planes above the BMP).</summary>
    private static bool IsUcs(char c) => c >= '\u00A0' && !(c >= '\uFDD0' && c <= '\uFDEF') && c != '\uFFFE' && c != '\uFFFF';

    /// <summary>Each character is allowed (`extra` besides unreserved and sub-delims), and every % starts a triplet.</summary>
    private static bool IsComponent(string text, string extra, bool iri)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2])) return false;
                i += 2;
            }
            else if (!IsUnreserved(c) && SubDelims.IndexOf(c) < 0 && extra.IndexOf(c) < 0 && !(iri && IsUcs(c))) return false;
        }
        return true;
    }

    /// <summary>RFC 3986 (RFC 3987 when iri): an absolute URI, or any URI reference when `reference`.</summary>
    private static bool IsUri(string text, bool reference, bool iri)
    {
        var rest = text;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!IsComponent(rest.Substring(hash + 1), ":@/?", iri)) return false;
            rest = rest.Substring(0, hash);
        }
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            if (!IsComponent(rest.Substring(question + 1), ":@/?", iri)) return false;
            rest = rest.Substring(0, question);
        }
        var colon = rest.IndexOf(':');
        var slash = rest.IndexOf('/');
        var hasScheme = colon > 0 && (slash < 0 || colon < slash) && IsScheme(rest.Substring(0, colon));
        if (hasScheme) rest = rest.Substring(colon + 1);
        else if (!reference) return false;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('/', 2);
            if (end < 0) end = rest.Length;
            if (!IsAuthority(rest.Substring(2, end - 2), iri)) return false;
            rest = rest.Substring(end);
        }
        else if (!hasScheme)
        {
            // path-noscheme: a colon in the first segment would read as a scheme.
            var firstSegment = rest.IndexOf('/') < 0 ? rest : rest.Substring(0, rest.IndexOf('/'));
            if (firstSegment.IndexOf(':') >= 0) return false;
        }
        return IsComponent(rest, ":@/", iri);
    }

    private static bool IsScheme(string scheme)
    {
        if (scheme.Length == 0 || !((scheme[0] >= 'a' && scheme[0] <= 'z') || (scheme[0] >= 'A' && scheme[0] <= 'Z'))) return false;
        foreach (var c in scheme)
        {
            if (!IsUnreserved(c) && c != '+' || c == '_' || c == '~') return false;
        }
        return true;
    }

    private static bool IsAuthority(string authority, bool iri)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!IsComponent(authority.Substring(0, at), ":", iri)) return false;
            authority = authority.Substring(at + 1);
        }
        string host;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            if (close < 0) return false;
            var literal = authority.Substring(1, close - 1);
            if (!IsIpv6(literal) && !IsIpFuture(literal)) return false;
            authority = authority.Substring(close + 1);
            if (authority.Length > 0 && authority[0] != ':') return false;
            host = "";
        }
        else
        {
            var portColon = authority.LastIndexOf(':');
            host = portColon < 0 ? authority : authority.Substring(0, portColon);
            authority = portColon < 0 ? "" : authority.Substring(portColon);
        }
        if (authority.Length > 0)
        {
            for (var i = 1; i < authority.Length; i++)
            {
                if (!IsDigit(authority[i])) return false;
            }
        }
        return IsComponent(host, "", iri);
    }

    private static readonly Regex IpFuture = new Regex("^[vV][0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~!$&'()*+,;=:]+\\z", RegexOptions.CultureInvariant);

    private static bool IsIpFuture(string literal) => IpFuture.IsMatch(literal);

    /// <summary>RFC 6570 level 4: literals, and expressions of an optional operator and comma-separated varspecs.</summary>
    private static bool IsUriTemplate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0 || !IsExpression(text.Substring(i + 1, close - i - 1))) return false;
                i = close;
            }
            else if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2])) return false;
                i += 2;
            }
            else if (c <= ' ' || c == '\u007F' || "\"'<>\\^`{|}".IndexOf(c) >= 0 && c != '\'') return false;
        }
        return true;
    }

    private static readonly Regex VarSpec = new Regex(
        "^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*(?::[1-9][0-9]{0,3}|\\*)?\\z",
        RegexOptions.CultureInvariant);

    private static bool IsExpression(string expression)
    {
        if (expression.Length > 0 && "+#./;?&=,!@|".IndexOf(expression[0]) >= 0) expression = expression.Substring(1);
        foreach (var spec in expression.Split(','))
        {
            if (!VarSpec.IsMatch(spec)) return false;
        }
        return true;
    }
}
