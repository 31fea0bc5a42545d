#nullable enable

using System.Collections.Generic;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>One reason a JSON value does not follow the schema.</summary>
public sealed class SchemaIssue
{
    internal SchemaIssue(string pointer, string keyword, string message)
    {
        Pointer = pointer;
        Keyword = keyword;
        Message = message;
    }

    /// <summary>JSON pointer (RFC 6901) to the offending value; "" is the document itself.</summary>
    public string Pointer { get; }

    /// <summary>The JSON Schema keyword that failed, e.g. <c>required</c> or <c>maximum</c>.</summary>
    public string Keyword { get; }

    /// <summary>What is wrong, e.g. <c>must be &gt;= 0</c>.</summary>
    public string Message { get; }

    /// <summary>The issue as one line: pointer, message and keyword.</summary>
    /// <returns>For example <c>/content_index: must be &gt;= 0 (minimum)</c>.</returns>
    public override string ToString() => $"{(Pointer.Length == 0 ? "(root)" : Pointer)}: {Message} ({Keyword})";
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
