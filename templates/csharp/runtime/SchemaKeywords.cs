#nullable enable

using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime;

/// <summary>
/// The keywords the compiled checks (SchemaChecks, written by the generator) call, each with the
/// interpreter's meaning (SchemaValidator.Assertions.cs): a keyword applies only to its instance
/// type and holds for any other; numbers compare exactly as written (<see cref="SchemaNumber"/>),
/// lengths count code points, and literals are compared by JSON equality. The constants the
/// checks hold (bounds, names in UTF-8, patterns, literals) are made here, once each.
/// </summary>
internal static class SchemaKeywords
{
    // ---- constants --------------------------------------------------------------------------

    /// <summary>A bound (minimum, multipleOf, ...) from its JSON text, read exactly.</summary>
    internal static SchemaBound Bound(string text)
    {
        using var document = JsonDocument.Parse(text);
        return new SchemaBound(document.RootElement);
    }

    /// <summary>A name or string in UTF-8, as JsonElement holds it (the checks write only well-formed ones).</summary>
    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A set of strings (a long enum of strings, or of declared names).</summary>
    internal static HashSet<string> Strings(params string[] texts) => new HashSet<string>(texts, StringComparer.Ordinal);

    /// <summary>JSON literals (an enum's or const's values) from the text of their array.</summary>
    internal static JsonElement[] Literals(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new List<JsonElement>();
        foreach (var value in document.RootElement.EnumerateArray()) values.Add(value.Clone());
        return values.ToArray();
    }

    /// <summary>
    /// A pattern as the interpreter compiles it: the .NET translation (or the source as written),
    /// culture-invariant, with its match timeout. One that .NET refuses is null here, and a check
    /// reaching it throws <see cref="SchemaUndecided"/> (the interpreter then decides, and reports
    /// the pattern), so that one pattern never stops the class's other checks.
    /// </summary>
    internal static SchemaPattern? Pattern(string source, string translated)
    {
        try
        {
            return new SchemaPattern(new Regex(translated, RegexOptions.CultureInvariant, SchemaPattern.MatchTimeout), source);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// A pattern the generator runs on the linear-time matcher (one .NET's engine could backtrack
    /// super-linearly on, or any it can run under csharp.patterns=always-linear), as the
    /// interpreter compiles it: from the program the generator compiled (its JSON text).
    /// </summary>
    internal static SchemaPattern LinearPattern(string source, string program) => new SchemaPattern(new SchemaLinearPattern(program), source);

    // ---- types and literals -------------------------------------------------------------------

    internal static bool IsBoolean(JsonElement x) => x.ValueKind == JsonValueKind.True || x.ValueKind == JsonValueKind.False;

    internal static bool IsInteger(JsonElement x) => x.ValueKind == JsonValueKind.Number && (x.TryGetInt64(out _) || SchemaNumber.Of(x).IsInteger);

    /// <summary>Whether the value is this string (given in UTF-8).</summary>
    internal static bool Is(JsonElement x, byte[] utf8) => x.ValueKind == JsonValueKind.String && x.ValueEquals(utf8);

    /// <summary>Whether the value is this string (one that is not well-formed UTF-16, compared as text).</summary>
    internal static bool Is(JsonElement x, string text) => x.ValueKind == JsonValueKind.String && x.ValueEquals(text);

    internal static bool Is(JsonElement x, bool value) => x.ValueKind == (value ? JsonValueKind.True : JsonValueKind.False);

    /// <summary>Whether the value is one of the strings.</summary>
    internal static bool In(JsonElement x, HashSet<string> texts) => x.ValueKind == JsonValueKind.String && texts.Contains(x.GetString()!);

    /// <summary>Whether the value equals one of the literals, by JSON equality (1 equals 1.0).</summary>
    internal static bool In(JsonElement x, JsonElement[] literals)
    {
        foreach (var literal in literals)
        {
            if (SchemaJson.Equal(literal, x)) return true;
        }
        return false;
    }

    // ---- numbers ------------------------------------------------------------------------------

    internal static bool MultipleOf(JsonElement x, SchemaBound divisor)
    {
        if (x.ValueKind != JsonValueKind.Number) return true;
        if (divisor.IsInt64 && divisor.Int64 > 0 && x.TryGetInt64(out var value)) return value % divisor.Int64 == 0;
        return SchemaNumber.IsMultipleOf(SchemaNumber.Of(x), divisor.Number);
    }

    internal static bool Maximum(JsonElement x, SchemaBound bound) => x.ValueKind != JsonValueKind.Number || Compare(x, bound) <= 0;

    internal static bool ExclusiveMaximum(JsonElement x, SchemaBound bound) => x.ValueKind != JsonValueKind.Number || Compare(x, bound) < 0;

    internal static bool Minimum(JsonElement x, SchemaBound bound) => x.ValueKind != JsonValueKind.Number || Compare(x, bound) >= 0;

    internal static bool ExclusiveMinimum(JsonElement x, SchemaBound bound) => x.ValueKind != JsonValueKind.Number || Compare(x, bound) > 0;

    private static int Compare(JsonElement x, SchemaBound bound)
    {
        if (bound.IsInt64 && x.TryGetInt64(out var value)) return value.CompareTo(bound.Int64);
        return SchemaNumber.Compare(SchemaNumber.Of(x), bound.Number);
    }

    // ---- strings ------------------------------------------------------------------------------

    internal static bool MaxLength(JsonElement x, long limit) => x.ValueKind != JsonValueKind.String || CodePoints(x.GetString()!) <= limit;

    internal static bool MinLength(JsonElement x, long limit) => x.ValueKind != JsonValueKind.String || CodePoints(x.GetString()!) >= limit;

    private static long CodePoints(string text)
    {
        long count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) count--;
        }
        return count;
    }

    internal static bool Pattern(JsonElement x, SchemaPattern? pattern) => x.ValueKind != JsonValueKind.String || Usable(pattern).IsMatch(x.GetString()!);

    /// <summary>The pattern, or <see cref="SchemaUndecided"/> for one .NET refused.</summary>
    internal static SchemaPattern Usable(SchemaPattern? pattern) => pattern ?? throw new SchemaUndecided();

    // ---- arrays -------------------------------------------------------------------------------

    internal static bool MaxItems(JsonElement x, long limit) => x.ValueKind != JsonValueKind.Array || x.GetArrayLength() <= limit;

    internal static bool MinItems(JsonElement x, long limit) => x.ValueKind != JsonValueKind.Array || x.GetArrayLength() >= limit;

    internal static bool UniqueItems(JsonElement x)
    {
        if (x.ValueKind != JsonValueKind.Array) return true;
        var items = new List<JsonElement>();
        foreach (var item in x.EnumerateArray()) items.Add(item);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (SchemaJson.Equal(items[i], items[j])) return false;
            }
        }
        return true;
    }

    // ---- objects ------------------------------------------------------------------------------

    internal static bool MaxProperties(JsonElement x, long limit) => x.ValueKind != JsonValueKind.Object || Size(x) <= limit;

    internal static bool MinProperties(JsonElement x, long limit) => x.ValueKind != JsonValueKind.Object || Size(x) >= limit;

    /// <summary>The number of members, a name written twice counted twice (as the interpreter counts them).</summary>
    internal static long Size(JsonElement x)
    {
        long count = 0;
        foreach (var unused in x.EnumerateObject()) count++;
        return count;
    }

    /// <summary>Whether the object has the member (given in UTF-8).</summary>
    internal static bool Has(JsonElement x, byte[] name) => x.TryGetProperty(name, out _);

    /// <summary>Whether the object has the member (a name that is not well-formed UTF-16).</summary>
    internal static bool Has(JsonElement x, string name) => x.TryGetProperty(name, out _);

    /// <summary>Whether the member has one of the declared names (additionalProperties skips those).</summary>
    internal static bool Declared(JsonProperty member, SchemaNames names)
    {
        var hint = 0;
        return names.IndexOf(member, ref hint) >= 0;
    }

    /// <summary>A member's name as the JSON string propertyNames validates.</summary>
    internal static JsonElement Name(string name) => JsonSerializer.SerializeToElement(name);
}

/// <summary>What a compiled check throws where it cannot decide (a pattern .NET refuses): the interpreter decides instead.</summary>
internal sealed class SchemaUndecided : Exception
{
}
