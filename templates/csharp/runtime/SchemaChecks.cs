#nullable enable

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime;

/// <summary>Checks one JSON value found at a JSON pointer; adds what is wrong to the issues.</summary>
internal delegate void SchemaCheck(JsonElement value, string pointer, List<SchemaIssue> issues);

/// <summary>A declared property of an object: its wire name, whether it is required, its check.</summary>
internal sealed class PropertyCheck
{
    internal PropertyCheck(string name, bool required, SchemaCheck check)
    {
        Name = name;
        Required = required;
        Check = check;
    }

    internal string Name { get; }

    internal bool Required { get; }

    internal SchemaCheck Check { get; }
}

/// <summary>A variant of a discriminated union: the tag value that selects it, and its check.</summary>
internal sealed class TagCheck
{
    internal TagCheck(string tag, SchemaCheck check)
    {
        Tag = tag;
        Check = check;
    }

    internal string Tag { get; }

    internal SchemaCheck Check { get; }
}

/// <summary>
/// Checks with JSON Schema 2020-12 semantics, making the decisions Ajv makes: lengths count code
/// points, 1.0 is an integer, a required property missing is reported at the object.
/// </summary>
internal static class SchemaChecks
{
    internal static readonly SchemaCheck Any = (value, pointer, issues) => { };

    internal static readonly SchemaCheck Null = (value, pointer, issues) =>
    {
        if (value.ValueKind != JsonValueKind.Null) TypeIssue(issues, pointer, "null");
    };

    internal static readonly SchemaCheck Boolean = (value, pointer, issues) =>
    {
        if (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False) TypeIssue(issues, pointer, "boolean");
    };

    internal static PropertyCheck Property(string name, bool required, SchemaCheck check) => new PropertyCheck(name, required, check);

    internal static TagCheck Tag(string tag, SchemaCheck check) => new TagCheck(tag, check);

    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    internal static SchemaCheck String(int? minLength = null, int? maxLength = null, string? pattern = null, string? patternSource = null)
    {
        // pattern is the schema's, translated for .NET by the generator (same meaning). The engine
        // backtracks: the timeout bounds any pattern, and a match that runs out of time counts as
        // no match, so no input can hang the caller.
        var regex = pattern == null ? null : new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        return (value, pointer, issues) =>
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                TypeIssue(issues, pointer, "string");
                return;
            }
            var text = value.GetString()!;
            var length = CodePoints(text);
            if (length < minLength) Add(issues, pointer, "minLength", $"must NOT have fewer than {minLength} characters");
            if (length > maxLength) Add(issues, pointer, "maxLength", $"must NOT have more than {maxLength} characters");
            if (regex != null && !IsMatch(regex, text)) Add(issues, pointer, "pattern", $"must match pattern \"{patternSource}\"");
        };
    }

    internal static SchemaCheck Integer(double? minimum = null, double? maximum = null, double? exclusiveMinimum = null, double? exclusiveMaximum = null) =>
        (value, pointer, issues) =>
        {
            if (!TryNumber(value, out var number) || double.IsInfinity(number) || Math.Floor(number) != number)
            {
                TypeIssue(issues, pointer, "integer");
                return;
            }
            Bounds(number, pointer, issues, minimum, maximum, exclusiveMinimum, exclusiveMaximum);
        };

    internal static SchemaCheck Number(double? minimum = null, double? maximum = null, double? exclusiveMinimum = null, double? exclusiveMaximum = null) =>
        (value, pointer, issues) =>
        {
            if (!TryNumber(value, out var number))
            {
                TypeIssue(issues, pointer, "number");
                return;
            }
            Bounds(number, pointer, issues, minimum, maximum, exclusiveMinimum, exclusiveMaximum);
        };

    internal static SchemaCheck Const(string expected) => Constant(value => value.ValueKind == JsonValueKind.String && value.GetString() == expected, Json(expected));

    internal static SchemaCheck Const(double expected) => Constant(value => TryNumber(value, out var number) && number == expected, Format(expected));

    internal static SchemaCheck Const(bool expected) => Constant(value => value.ValueKind == (expected ? JsonValueKind.True : JsonValueKind.False), expected ? "true" : "false");

    internal static SchemaCheck Enum(params string[] values) =>
        Enumeration(value => value.ValueKind == JsonValueKind.String && values.Contains(value.GetString()), values.Select(Json));

    internal static SchemaCheck Enum(params double[] values) =>
        Enumeration(value => TryNumber(value, out var number) && values.Contains(number), values.Select(Format));

    internal static SchemaCheck Enum(params bool[] values) =>
        Enumeration(value => (value.ValueKind == JsonValueKind.True && values.Contains(true)) || (value.ValueKind == JsonValueKind.False && values.Contains(false)), values.Select(v => v ? "true" : "false"));

    internal static SchemaCheck Nullable(SchemaCheck inner) => (value, pointer, issues) =>
    {
        if (value.ValueKind != JsonValueKind.Null) inner(value, pointer, issues);
    };

    internal static SchemaCheck Array(SchemaCheck items, int? minItems = null, int? maxItems = null) => (value, pointer, issues) =>
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            TypeIssue(issues, pointer, "array");
            return;
        }
        var count = value.GetArrayLength();
        if (count < minItems) Add(issues, pointer, "minItems", $"must NOT have fewer than {minItems} items");
        if (count > maxItems) Add(issues, pointer, "maxItems", $"must NOT have more than {maxItems} items");
        var index = 0;
        foreach (var item in value.EnumerateArray()) items(item, Child(pointer, index++.ToString(CultureInfo.InvariantCulture)), issues);
    };

    internal static SchemaCheck Map(SchemaCheck values) => (value, pointer, issues) =>
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            TypeIssue(issues, pointer, "object");
            return;
        }
        foreach (var property in value.EnumerateObject()) values(property.Value, Child(pointer, property.Name), issues);
    };

    /// <summary>An object with declared properties; <paramref name="additional"/> checks the others, null rejects them.</summary>
    internal static SchemaCheck Object(SchemaCheck? additional, params PropertyCheck[] properties)
    {
        var known = new HashSet<string>(properties.Select(p => p.Name), StringComparer.Ordinal);
        return (value, pointer, issues) =>
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                TypeIssue(issues, pointer, "object");
                return;
            }
            foreach (var property in properties)
            {
                if (value.TryGetProperty(property.Name, out var found)) property.Check(found, Child(pointer, property.Name), issues);
                else if (property.Required) Add(issues, pointer, "required", $"must have required property '{property.Name}'");
            }
            if (additional == Any) return;
            foreach (var property in value.EnumerateObject())
            {
                if (known.Contains(property.Name)) continue;
                if (additional == null) Add(issues, pointer, "additionalProperties", $"must NOT have additional property '{property.Name}'");
                else additional(property.Value, Child(pointer, property.Name), issues);
            }
        };
    }

    internal static SchemaCheck OneOf(params SchemaCheck[] variants) => Variants(variants, "oneOf");

    internal static SchemaCheck AnyOf(params SchemaCheck[] variants) => Variants(variants, "anyOf");

    /// <summary>Picks the variant by the tag property's value, as OpenAPI's discriminator does.</summary>
    internal static SchemaCheck Discriminated(string propertyName, params TagCheck[] mapping) => (value, pointer, issues) =>
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            TypeIssue(issues, pointer, "object");
            return;
        }
        if (!value.TryGetProperty(propertyName, out var tag) || tag.ValueKind != JsonValueKind.String)
        {
            Add(issues, pointer, "discriminator", $"tag \"{propertyName}\" must be string");
            return;
        }
        var name = tag.GetString();
        var variant = mapping.FirstOrDefault(m => m.Tag == name);
        if (variant == null) Add(issues, pointer, "discriminator", $"value of tag \"{propertyName}\" must be in oneOf, found {Json(name!)}");
        else variant.Check(value, pointer, issues);
    };

    private static SchemaCheck Variants(SchemaCheck[] variants, string keyword) => (value, pointer, issues) =>
    {
        var results = variants.Select(variant =>
        {
            var found = new List<SchemaIssue>();
            variant(value, pointer, found);
            return found;
        }).ToList();
        var matches = results.Count(r => r.Count == 0);
        if (keyword == "anyOf" ? matches >= 1 : matches == 1) return;
        if (matches == 0) foreach (var r in results) issues.AddRange(r);
        var message = matches > 0 ? "must match exactly one schema in oneOf" : keyword == "oneOf" ? "must match exactly one schema in oneOf" : "must match a schema in anyOf";
        Add(issues, pointer, keyword, message);
    };

    private static SchemaCheck Constant(Func<JsonElement, bool> equal, string expected) => (value, pointer, issues) =>
    {
        if (!equal(value)) Add(issues, pointer, "const", $"must be equal to constant {expected}");
    };

    private static SchemaCheck Enumeration(Func<JsonElement, bool> member, IEnumerable<string> values)
    {
        var allowed = string.Join(", ", values);
        return (value, pointer, issues) =>
        {
            if (!member(value)) Add(issues, pointer, "enum", $"must be equal to one of the allowed values: {allowed}");
        };
    }

    private static void Bounds(double number, string pointer, List<SchemaIssue> issues, double? minimum, double? maximum, double? exclusiveMinimum, double? exclusiveMaximum)
    {
        if (number < minimum) Add(issues, pointer, "minimum", $"must be >= {Format(minimum ?? 0)}");
        if (number > maximum) Add(issues, pointer, "maximum", $"must be <= {Format(maximum ?? 0)}");
        if (number <= exclusiveMinimum) Add(issues, pointer, "exclusiveMinimum", $"must be > {Format(exclusiveMinimum ?? 0)}");
        if (number >= exclusiveMaximum) Add(issues, pointer, "exclusiveMaximum", $"must be < {Format(exclusiveMaximum ?? 0)}");
    }

    /// <summary>A JSON number as JavaScript reads it: a double, infinite when out of range.</summary>
    private static bool TryNumber(JsonElement value, out double number)
    {
        number = 0;
        if (value.ValueKind != JsonValueKind.Number) return false;
        if (value.TryGetDouble(out number)) return true;
        number = value.GetRawText().StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
        return true;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            count++;
        }
        return count;
    }

    private static string Child(string pointer, string key) => $"{pointer}/{key.Replace("~", "~0").Replace("/", "~1")}";

    private static string Format(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    private static string Json(string text) => JsonSerializer.Serialize(text);

    private static void TypeIssue(List<SchemaIssue> issues, string pointer, string expected) => Add(issues, pointer, "type", $"must be {expected}");

    private static void Add(List<SchemaIssue> issues, string pointer, string keyword, string message) => issues.Add(new SchemaIssue(pointer, keyword, message));
}
