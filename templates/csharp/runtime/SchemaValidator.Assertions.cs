#nullable enable

using System.Collections.Generic;
using System.Text.Json;

namespace OpenAI.Realtime;

internal sealed partial class SchemaValidator
{
    /// <summary>
    /// The assertion keywords on this instance, each applying only to its instance type.
    /// `membersPass`: the object applicators check the declared required names in their one pass
    /// over the members (IsValid only: the result is the same whichever keyword fails first).
    /// </summary>
    private static bool Assertions(SchemaNode n, JsonElement x, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw, bool membersPass)
    {
        var ok = true;
        var kind = x.ValueKind;
        if (n.Types != 0 && !HasType(n.Types, x))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "type", n.TypeMessage!);
        }
        if (n.Enum != null && !InEnum(n.Enum, n.EnumStrings!, n.EnumUtf8!, x))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "enum", "must be equal to one of the allowed values");
        }
        if (n.HasConst && !(n.ConstString != null ? x.ValueKind == JsonValueKind.String && TextEquals(x, n.ConstString, n.ConstUtf8) : SchemaJson.Equal(n.Const, x)))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "const", "must be equal to constant");
        }
        var passed = kind switch
        {
            JsonValueKind.Number => !n.HasNumberKeywords || NumberAssertions(n, x, errors, at, kw),
            JsonValueKind.String => !n.HasStringKeywords || StringAssertions(n, x, errors, at, kw),
            JsonValueKind.Array => ArrayAssertions(n, x, errors, at, kw),
            JsonValueKind.Object => ObjectAssertions(n, x, errors, at, kw, membersPass),
            _ => true,
        };
        return passed && ok;
    }

    private static bool HasType(int types, JsonElement x)
    {
        switch (x.ValueKind)
        {
            case JsonValueKind.Null: return (types & SchemaNode.NullType) != 0;
            case JsonValueKind.True:
            case JsonValueKind.False: return (types & SchemaNode.BooleanType) != 0;
            case JsonValueKind.Object: return (types & SchemaNode.ObjectType) != 0;
            case JsonValueKind.Array: return (types & SchemaNode.ArrayType) != 0;
            case JsonValueKind.String: return (types & SchemaNode.StringType) != 0;
            case JsonValueKind.Number:
                if ((types & SchemaNode.NumberType) != 0) return true;
                return (types & SchemaNode.IntegerType) != 0 && (x.TryGetInt64(out _) || SchemaNumber.Of(x).IsInteger);
            default: return false;
        }
    }

    private static bool InEnum(JsonElement[] values, string?[] strings, byte[]?[] utf8, JsonElement x)
    {
        var isString = x.ValueKind == JsonValueKind.String;
        for (var i = 0; i < values.Length; i++)
        {
            if (strings[i] != null ? isString && TextEquals(x, strings[i]!, utf8[i]) : SchemaJson.Equal(values[i], x)) return true;
        }
        return false;
    }

    /// <summary>A JSON string equal to a schema's string: by its UTF-8 when it has one (no transcoding on each call).</summary>
    private static bool TextEquals(JsonElement x, string text, byte[]? utf8) => utf8 != null ? x.ValueEquals(utf8) : x.ValueEquals(text);

    private static int Compare(JsonElement x, ref SchemaNumber? number, bool isInt64, long int64, SchemaBound bound)
    {
        if (isInt64 && bound.IsInt64) return int64.CompareTo(bound.Int64);
        number ??= SchemaNumber.Of(x);
        return SchemaNumber.Compare(number.Value, bound.Number);
    }

    private static bool NumberAssertions(SchemaNode n, JsonElement x, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        var ok = true;
        SchemaNumber? number = null;
        var isInt64 = x.TryGetInt64(out var int64);
        if (n.MultipleOf != null)
        {
            var multiple = n.MultipleOf;
            bool isMultiple;
            if (isInt64 && multiple.IsInt64 && multiple.Int64 > 0) isMultiple = int64 % multiple.Int64 == 0;
            else
            {
                number ??= SchemaNumber.Of(x);
                isMultiple = SchemaNumber.IsMultipleOf(number.Value, multiple.Number);
            }
            if (!isMultiple)
            {
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "multipleOf", "must be multiple of " + n.MultipleOf.Text);
            }
        }
        if (n.Maximum != null && Compare(x, ref number, isInt64, int64, n.Maximum) > 0)
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "maximum", "must be <= " + n.Maximum.Text);
        }
        if (n.ExclusiveMaximum != null && Compare(x, ref number, isInt64, int64, n.ExclusiveMaximum) >= 0)
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "exclusiveMaximum", "must be < " + n.ExclusiveMaximum.Text);
        }
        if (n.Minimum != null && Compare(x, ref number, isInt64, int64, n.Minimum) < 0)
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "minimum", "must be >= " + n.Minimum.Text);
        }
        if (n.ExclusiveMinimum != null && Compare(x, ref number, isInt64, int64, n.ExclusiveMinimum) <= 0)
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "exclusiveMinimum", "must be > " + n.ExclusiveMinimum.Text);
        }
        return ok;
    }

    private static bool StringAssertions(SchemaNode n, JsonElement x, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        var ok = true;
        var text = x.GetString()!;
        if (n.MaxLength != null || n.MinLength != null)
        {
            var length = CodePoints(text);
            if (n.MaxLength != null && length > n.MaxLength.Count)
            {
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "maxLength", $"must NOT have more than {n.MaxLength.Text} characters");
            }
            if (n.MinLength != null && length < n.MinLength.Count)
            {
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "minLength", $"must NOT have fewer than {n.MinLength.Text} characters");
            }
        }
        if (n.Pattern != null && !n.Pattern.IsMatch(text))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "pattern", $"must match pattern \"{n.Pattern.Source}\"");
        }
        if (n.FormatCheck != null && !n.FormatCheck(text))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "format", $"must match format \"{n.Format}\"");
        }
        return ok;
    }

    private static long CodePoints(string text)
    {
        long count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) count--;
        }
        return count;
    }

    private static bool ArrayAssertions(SchemaNode n, JsonElement x, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        if (n.MaxItems == null && n.MinItems == null && !n.UniqueItems) return true;
        var ok = true;
        var count = x.GetArrayLength();
        if (n.MaxItems != null && count > n.MaxItems.Count)
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "maxItems", $"must NOT have more than {n.MaxItems.Text} items");
        }
        if (n.MinItems != null && count < n.MinItems.Count)
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "minItems", $"must NOT have fewer than {n.MinItems.Text} items");
        }
        if (n.UniqueItems && !Unique(x, count))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "uniqueItems", "must NOT have duplicate items");
        }
        return ok;
    }

    private static bool Unique(JsonElement x, int count)
    {
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                if (SchemaJson.Equal(x[i], x[j])) return false;
            }
        }
        return true;
    }

    private static bool ObjectAssertions(SchemaNode n, JsonElement x, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw, bool membersPass)
    {
        var ok = true;
        if (n.MaxProperties != null || n.MinProperties != null)
        {
            var count = 0L;
            foreach (var unused in x.EnumerateObject()) count++;
            if (n.MaxProperties != null && count > n.MaxProperties.Count)
            {
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "maxProperties", $"must NOT have more than {n.MaxProperties.Text} properties");
            }
            if (n.MinProperties != null && count < n.MinProperties.Count)
            {
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "minProperties", $"must NOT have fewer than {n.MinProperties.Text} properties");
            }
        }
        if (n.Required != null)
        {
            foreach (var name in membersPass ? n.RequiredUndeclared! : n.Required)
            {
                if (x.TryGetProperty(name, out _)) continue;
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "required", $"must have required property '{name}'");
            }
        }
        if (n.DependentRequired != null && !Dependencies(n.DependentRequired, "dependentRequired", x, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (n.DependenciesRequired != null && !Dependencies(n.DependenciesRequired, "dependencies", x, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        return ok;
    }

    private static bool Dependencies(KeyValuePair<string, string[]>[] dependencies, string keyword, JsonElement x, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        var ok = true;
        foreach (var dependency in dependencies)
        {
            if (!x.TryGetProperty(dependency.Key, out _)) continue;
            foreach (var name in dependency.Value)
            {
                if (x.TryGetProperty(name, out _)) continue;
                if (errors == null) return false;
                ok = Fail(errors, at, kw, keyword, $"must have property {name} when property {dependency.Key} is present");
            }
        }
        return ok;
    }
}
