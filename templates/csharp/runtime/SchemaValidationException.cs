#nullable enable

using System.Collections.Generic;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>One reason a JSON value does not follow the schema, as the runtime's validator reports it.</summary>
public sealed class SchemaIssue
{
    internal SchemaIssue(string pointer, string keywordLocation, string message)
    {
        Pointer = pointer;
        KeywordLocation = keywordLocation;
        Keyword = KeywordOf(keywordLocation);
        Message = message;
    }

    /// <summary>JSON pointer (RFC 6901) to the offending value; "" is the document itself.</summary>
    public string Pointer { get; }

    /// <summary>JSON pointer of the failing keyword in the schema, through <c>$ref</c>s, e.g. <c>/$ref/properties/type/const</c>.</summary>
    public string KeywordLocation { get; }

    /// <summary>The JSON Schema keyword that failed (the last keyword of <see cref="KeywordLocation"/>), e.g. <c>required</c> or <c>maximum</c>.</summary>
    public string Keyword { get; }

    /// <summary>What is wrong, e.g. <c>must be &gt;= 0</c>.</summary>
    public string Message { get; }

    /// <summary>The issue as one line: pointer, message and keyword.</summary>
    /// <returns>For example <c>/content_index: must be &gt;= 0 (minimum)</c>.</returns>
    public override string ToString() => $"{(Pointer.Length == 0 ? "(root)" : Pointer)}: {Message} ({Keyword})";

    /// <summary>
    /// The last token of the location that is a keyword: not an index (allOf/0) nor a name in a
    /// map of schemas (properties/id, whose false schema failed); "" for the schema itself.
    /// </summary>
    private static string KeywordOf(string location)
    {
        var tokens = location.Split('/');
        for (var i = tokens.Length - 1; i > 0; i--)
        {
            var parent = i > 1 ? tokens[i - 1] : "";
            var named = parent == "properties" || parent == "patternProperties" || parent == "dependentSchemas" || parent == "$defs";
            if (!named && !IsIndex(tokens[i])) return tokens[i].Replace("~1", "/").Replace("~0", "~");
        }
        return "";
    }

    private static bool IsIndex(string token)
    {
        if (token.Length == 0) return false;
        foreach (var c in token)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}

/// <summary>
/// Thrown when JSON does not follow the schema. The message names the first issue's JSON pointer
/// and keyword; <see cref="Issues"/> holds every issue found.
/// </summary>
public sealed class SchemaValidationException : JsonException
{
    internal SchemaValidationException(IReadOnlyList<SchemaIssue> issues)
        : base(issues[0].ToString())
    {
        Issues = issues;
    }

    /// <summary>Every issue found, the first one first.</summary>
    public IReadOnlyList<SchemaIssue> Issues { get; }

    /// <summary>JSON pointer of the first issue.</summary>
    public string Pointer => Issues[0].Pointer;

    /// <summary>Keyword of the first issue.</summary>
    public string Keyword => Issues[0].Keyword;
}
