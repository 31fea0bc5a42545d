#nullable enable

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenAI.Realtime;

/// <summary>
/// What the generated converters share: validate (the declaration's <see cref="SchemaValidation"/>:
/// its compiled check, the interpreter for an invalid value's errors), then bind (reading from the
/// valid JsonElement), and write. Readers are
/// Func&lt;JsonElement, T&gt;, writers Action&lt;Utf8JsonWriter, T&gt;, composed for nullable
/// values, arrays and maps; they check nothing the validator checked.
/// </summary>
internal static class SchemaRuntime
{
    // The document is disposed after binding (its buffers are pooled, where JsonElement.ParseValue
    // allocates them for every value): binding clones every JsonElement it keeps.
    internal static T Read<T>(ref Utf8JsonReader reader, SchemaValidation validation, Func<JsonElement, T> bind)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        validation.ThrowIfInvalid(element);
        return bind(element);
    }

    /// <summary>
    /// The fast path of a converter: a reader generated for the schema (csharp/readers.ts) reads,
    /// validates and binds the value in one pass over its tokens, with no JsonDocument. It takes
    /// only values it can decide at once and leaves every other one (false) to the document's
    /// path, which validates, reports and binds as without it: a value it refuses, or one it does
    /// not read alone (a number written 1.0, a name written twice, text it cannot decode).
    /// </summary>
    internal static bool TryFast<T>(SchemaReader<T> fast, ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value)
    {
        try
        {
            return fast(ref reader, out value);
        }
        catch (InvalidOperationException)
        {
            // A string it could not decode (an escaped lone surrogate): the document's path decides.
            value = default!;
            return false;
        }
    }

    /// <summary>A member a fast reader keeps beside the declared ones (the reader on its value): false when its name was read before (a name written twice).</summary>
    internal static bool Keep(ref Dictionary<string, JsonElement>? additional, string name, ref Utf8JsonReader reader) =>
        (additional ??= new Dictionary<string, JsonElement>()).TryAdd(name, JsonElement.ParseValue(ref reader));

    // The fast readers' shared reads (csharp/readers.ts): an array, a map or a nullable value whose
    // items (or value) one SchemaReader reads (a string's, any value's, a declaration's TryRead)
    // is read here, not by code written into every converter. Each refuses what the code it
    // replaces refused, in the same order.

    /// <summary>A string of any value.</summary>
    internal static bool TryReadString(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }
        value = reader.GetString()!;
        return true;
    }

    /// <summary>Any value, as a JsonElement of its own.</summary>
    internal static bool TryReadElement(ref Utf8JsonReader reader, out JsonElement value)
    {
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>Null, or a value <paramref name="read"/> reads.</summary>
    internal static bool TryReadNullable<T>(ref Utf8JsonReader reader, SchemaReader<T> read, out T? value)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            return true;
        }
        return read(ref reader, out value);
    }

    /// <summary>An array of <paramref name="min"/> to <paramref name="max"/> items, each one <paramref name="read"/> reads.</summary>
    internal static bool TryReadList<T>(ref Utf8JsonReader reader, SchemaReader<T> read, long min, long max, [NotNullWhen(true)] out IReadOnlyList<T>? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        var list = new List<T>();
        while (true)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType == JsonTokenType.EndArray) break;
            if (!read(ref reader, out var item)) return false;
            list.Add(item);
        }
        if (list.Count < min || list.Count > max) return false;
        value = list;
        return true;
    }

    /// <summary>A map of <paramref name="min"/> to <paramref name="max"/> members, each value one <paramref name="read"/> reads; false on a name written twice.</summary>
    internal static bool TryReadMap<T>(ref Utf8JsonReader reader, SchemaReader<T> read, long min, long max, [NotNullWhen(true)] out IReadOnlyDictionary<string, T>? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        var map = new Dictionary<string, T>();
        while (true)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType == JsonTokenType.EndObject) break;
            if (reader.TokenType != JsonTokenType.PropertyName) return false;
            var key = reader.GetString()!;
            if (!reader.Read()) return false;
            if (!read(ref reader, out var item) || !map.TryAdd(key, item)) return false;
        }
        if (map.Count < min || map.Count > max) return false;
        value = map;
        return true;
    }

    /// <summary>A fast reader's member read once: sets its bit, false when it was set (a name written twice).</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Once(ref ulong seen, ulong bit)
    {
        if ((seen & bit) != 0) return false;
        seen |= bit;
        return true;
    }

    /// <summary>
    /// A number token's exact value, where a decimal holds it exactly: written without an
    /// exponent in at most 28 characters (so at most 28 digits, at most 28 after the point). A
    /// fast reader decides by it a double too close to a bound to tell (1 against a maximum of 1).
    /// </summary>
    internal static bool ExactDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = default;
        if (reader.HasValueSequence || reader.ValueSpan.Length > 28 || reader.ValueSpan.IndexOfAny((byte)'e', (byte)'E') >= 0) return false;
        return reader.TryGetDecimal(out value);
    }

    /// <summary>Whether a string's length in code points (a surrogate pair counts once) is within [min, max].</summary>
    internal static bool LengthWithin(string text, long min, long max)
    {
        long count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) count--;
        }
        return count >= min && count <= max;
    }

    /// <summary>A fast reader's patterns, by their .NET text: each compiled once, as the checks compile theirs.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SchemaPattern?> Patterns = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a fast reader's string matches a pattern (its .NET text). False also when .NET
    /// refuses the pattern or a match runs out of time: the document's path then decides, as the
    /// checks and the interpreter do.
    /// </summary>
    internal static bool Matches(string text, string translated) =>
        Patterns.GetOrAdd(translated, static t => SchemaKeywords.Pattern(t, t)) is { } pattern && pattern.IsMatch(text);

    /// <summary>A fast reader's patterns that run on the linear-time matcher, by their program's text: each compiled once, as the checks compile theirs.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SchemaPattern> LinearPatterns = new(StringComparer.Ordinal);

    /// <summary>Whether a fast reader's string matches a pattern that runs on the linear-time matcher (its program's JSON text).</summary>
    internal static bool MatchesLinear(string text, string program) =>
        LinearPatterns.GetOrAdd(program, static p => SchemaKeywords.LinearPattern(p, p)).IsMatch(text);

    /// <summary>
    /// As <see cref="Parse{T}(string, SchemaValidation, Func{JsonElement, T})"/>, trying a fast
    /// reader first: it must take the whole text (one value, then only whitespace); anything else,
    /// text that is not well-formed UTF-16 too, is parsed as without it.
    /// </summary>
    internal static T Parse<T>(string json, SchemaValidation validation, Func<JsonElement, T> bind, SchemaReader<T> fast)
    {
        // The UTF-8 in a pooled buffer, as JsonDocument.Parse holds it: a megabyte of events
        // allocated anew on each call costs more in collections than reading it.
        byte[]? utf8 = null;
        try
        {
            var strict = SchemaNames.StrictUtf8;
            utf8 = System.Buffers.ArrayPool<byte>.Shared.Rent(strict.GetByteCount(json));
            var reader = new Utf8JsonReader(utf8.AsSpan(0, strict.GetBytes(json, 0, json.Length, utf8, 0)));
            if (reader.Read() && TryFast(fast, ref reader, out var value) && !reader.Read()) return value;
        }
        catch (ArgumentException)
        {
            // Not well-formed UTF-16: JsonDocument.Parse reports it.
        }
        catch (JsonException)
        {
            // Not JSON: JsonDocument.Parse reports it.
        }
        finally
        {
            if (utf8 != null) System.Buffers.ArrayPool<byte>.Shared.Return(utf8);
        }
        return Parse(json, validation, bind);
    }

    internal static T Parse<T>(string json, SchemaValidation validation, Func<JsonElement, T> bind)
    {
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        validation.ThrowIfInvalid(element);
        return bind(element);
    }

    /// <summary>
    /// For a base type shared by discriminated unions, which has no schema of its own: the tag
    /// names the class, whose validation then validates the value. A value that is no object, or
    /// whose tag is missing or unknown, gets the discriminator's error.
    /// </summary>
    internal static T ReadTagged<T>(ref Utf8JsonReader reader, string tag, string[] tags, SchemaValidation[] validations, Func<JsonElement, T> bind)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object) throw Invalid("/type", "must be object");
        if (!element.TryGetProperty(tag, out var value) || value.ValueKind != JsonValueKind.String) throw Invalid("/discriminator", $"tag \"{tag}\" must be string");
        var index = Array.IndexOf(tags, value.GetString());
        if (index < 0) throw Invalid("/discriminator", $"value of tag \"{tag}\" must be in oneOf");
        validations[index].ThrowIfInvalid(element);
        return bind(element);
    }

    private static SchemaValidationException Invalid(string keywordLocation, string message) =>
        new SchemaValidationException(new[] { new SchemaIssue("", keywordLocation, message) });

    /// <summary>
    /// The JSON text <paramref name="write"/> writes, into arrays rented from the shared pool (as
    /// JsonSerializer writes): over a MemoryStream or an ArrayBufferWriter, whose arrays grow anew on
    /// every call and reach the large object heap, a 1 MB array of events wrote at half the speed.
    /// </summary>
    internal static string Serialize<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = new PooledBuffer();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }
        return Encoding.UTF8.GetString(buffer.Written);
    }

    /// <summary>A buffer writer over arrays rented from <see cref="ArrayPool{T}.Shared"/>, returned when disposed.</summary>
    private sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] array = ArrayPool<byte>.Shared.Rent(16384);
        private int written;

        internal ReadOnlySpan<byte> Written => array.AsSpan(0, written);

        public void Advance(int count) => written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return array.AsMemory(written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return array.AsSpan(written);
        }

        private void Reserve(int sizeHint)
        {
            if (array.Length - written >= Math.Max(sizeHint, 1)) return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(array.Length * 2, written + sizeHint));
            array.AsSpan(0, written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(array);
            array = larger;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(array);
    }

    internal static string ReadString(JsonElement json) => json.GetString()!;

    internal static int ReadInt32(JsonElement json) => json.TryGetInt32(out var value) ? value : (int)Integral(json, int.MinValue, int.MaxValue);

    internal static long ReadInt64(JsonElement json) => json.TryGetInt64(out var value) ? value : (long)Integral(json, long.MinValue, long.MaxValue);

    /// <summary>An integer of any size: the validator lets through every integral JSON number (1e52 too).</summary>
    internal static BigInteger ReadBigInteger(JsonElement json) =>
        json.TryGetInt64(out var value) ? value : ExactIntegral(json.GetRawText()) ?? new BigInteger(json.GetDouble());

    internal static double ReadDouble(JsonElement json) => json.GetDouble();

    internal static bool ReadBoolean(JsonElement json) => json.GetBoolean();

    internal static JsonElement ReadElement(JsonElement json) => json.Clone();

    internal static Func<JsonElement, T?> ReadNullable<T>(Func<JsonElement, T> inner) where T : class =>
        json => json.ValueKind == JsonValueKind.Null ? null : inner(json);

    internal static Func<JsonElement, T?> ReadNullableValue<T>(Func<JsonElement, T> inner) where T : struct =>
        json => json.ValueKind == JsonValueKind.Null ? null : inner(json);

    internal static Func<JsonElement, IReadOnlyList<T>> ReadArray<T>(Func<JsonElement, T> item) => json =>
    {
        var list = new List<T>(json.GetArrayLength());
        foreach (var element in json.EnumerateArray()) list.Add(item(element));
        return list;
    };

    internal static Func<JsonElement, IReadOnlyDictionary<string, T>> ReadMap<T>(Func<JsonElement, T> value) => json =>
    {
        var map = new Dictionary<string, T>();
        foreach (var property in json.EnumerateObject()) map[property.Name] = value(property.Value);
        return map;
    };

    internal static void WriteString(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    internal static void WriteInt32(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    internal static void WriteInt64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>In digits: Utf8JsonWriter has no BigInteger overload, and a double would round it.</summary>
    internal static void WriteBigInteger(Utf8JsonWriter writer, BigInteger value) => writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture));

    internal static void WriteDouble(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    internal static void WriteBoolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    internal static void WriteElement(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    // The member's name and its value, in one call: what an object's converter writes a primitive member with.
    internal static void WriteString(Utf8JsonWriter writer, string name, string value) => writer.WriteString(name, value);

    internal static void WriteInt32(Utf8JsonWriter writer, string name, int value) => writer.WriteNumber(name, value);

    internal static void WriteInt64(Utf8JsonWriter writer, string name, long value) => writer.WriteNumber(name, value);

    internal static void WriteBigInteger(Utf8JsonWriter writer, string name, BigInteger value)
    {
        writer.WritePropertyName(name);
        WriteBigInteger(writer, value);
    }

    internal static void WriteDouble(Utf8JsonWriter writer, string name, double value) => writer.WriteNumber(name, value);

    internal static void WriteBoolean(Utf8JsonWriter writer, string name, bool value) => writer.WriteBoolean(name, value);

    internal static void WriteElement(Utf8JsonWriter writer, string name, JsonElement value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }

    internal static Action<Utf8JsonWriter, T?> WriteNullable<T>(Action<Utf8JsonWriter, T> inner) where T : class => (writer, value) =>
    {
        if (value is null) writer.WriteNullValue();
        else inner(writer, value);
    };

    internal static Action<Utf8JsonWriter, T?> WriteNullableValue<T>(Action<Utf8JsonWriter, T> inner) where T : struct => (writer, value) =>
    {
        if (value is { } present) inner(writer, present);
        else writer.WriteNullValue();
    };

    internal static Action<Utf8JsonWriter, IReadOnlyList<T>> WriteArray<T>(Action<Utf8JsonWriter, T> item) => (writer, value) =>
    {
        writer.WriteStartArray();
        foreach (var element in value) item(writer, element);
        writer.WriteEndArray();
    };

    internal static Action<Utf8JsonWriter, IReadOnlyDictionary<string, T>> WriteMap<T>(Action<Utf8JsonWriter, T> item) => (writer, value) =>
    {
        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            item(writer, pair.Value);
        }
        writer.WriteEndObject();
    };

    /// <summary>The members no declared name matched, kept as the value's additional properties; of a name written twice the last counts.</summary>
    internal static Dictionary<string, JsonElement> ReadAdditional(List<JsonProperty> additional)
    {
        var properties = new Dictionary<string, JsonElement>(additional.Count);
        foreach (var property in additional) properties[property.Name] = property.Value.Clone();
        return properties;
    }

    /// <summary>Writes the additional properties (null: none was read or added).</summary>
    internal static void WriteAdditional(Utf8JsonWriter writer, Dictionary<string, JsonElement>? properties)
    {
        if (properties == null) return;
        foreach (var pair in properties)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    /// <summary>An integral JSON number written with a fraction or exponent (e.g. 2.0), within bounds.</summary>
    private static double Integral(JsonElement json, double minimum, double maximum)
    {
        var number = json.GetDouble();
        if (number < minimum || number > maximum) throw new JsonException($"{json.GetRawText()} is out of range here");
        return number;
    }

    /// <summary>
    /// The exact value of an integral JSON number with a fraction or an exponent (1e52, 2.50e1,
    /// -1.0), or null when its digits keep a fraction that the double the validator read has lost
    /// (1.00000000000000000001 is the integer 1 there, as in Ajv): the reader then takes that double.
    /// </summary>
    private static BigInteger? ExactIntegral(string text)
    {
        var negative = text[0] == '-';
        var start = negative ? 1 : 0;
        var e = text.IndexOfAny(new[] { 'e', 'E' });
        var mantissa = text.Substring(start, (e < 0 ? text.Length : e) - start);
        long exponent = 0;
        // A finite double has fewer than 400 digits: a longer exponent is only ever on a zero.
        if (e >= 0 && (!long.TryParse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 100_000)) return null;
        var point = mantissa.IndexOf('.');
        if (point >= 0) exponent -= mantissa.Length - point - 1;
        var digits = (point < 0 ? mantissa : mantissa.Remove(point, 1)).TrimStart('0');
        if (digits.Length == 0) return BigInteger.Zero;
        var significant = digits.TrimEnd('0');
        exponent += digits.Length - significant.Length;
        if (exponent < 0 || exponent > 400) return null;
        var magnitude = BigInteger.Parse(significant, CultureInfo.InvariantCulture) * BigInteger.Pow(10, (int)exponent);
        return negative ? -magnitude : magnitude;
    }
}

/// <summary>
/// A generated fast reader (SchemaRuntime.TryFast): from the value's first token, reads, validates
/// and binds it, leaving the reader at its last token; false when it leaves the value to the
/// document's path (the reader is then anywhere in it).
/// </summary>
internal delegate bool SchemaReader<T>(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value);

/// <summary>
/// What every generated converter's Read and Write do: read validates, then binds with the
/// converter's FromJson, or first tries its fast reader when it has one (for a shared base type, the validator is the one of the class the tag
/// names: <see cref="SchemaRuntime.ReadTagged"/>); write writes null itself, and any other value
/// with the converter's WriteJson. Its delegates are made once per converter, not once per call.
/// </summary>
internal abstract class SchemaConverter<T> : JsonConverter<T>
{
    private readonly SchemaValidation? validation;
    private readonly string? tag;
    private readonly string[]? tags;
    private readonly SchemaValidation[]? validations;
    private readonly Func<JsonElement, T?> bind;
    private readonly Action<Utf8JsonWriter, T> write;
    private readonly SchemaReader<T>? fast;

    protected SchemaConverter(SchemaValidation validation, Func<JsonElement, T?> bind, Action<Utf8JsonWriter, T> write, SchemaReader<T>? fast = null)
    {
        this.validation = validation;
        this.bind = bind;
        this.write = write;
        this.fast = fast;
    }

    protected SchemaConverter(string tag, string[] tags, SchemaValidation[] validations, Func<JsonElement, T?> bind, Action<Utf8JsonWriter, T> write, SchemaReader<T>? fast = null)
    {
        this.tag = tag;
        this.tags = tags;
        this.validations = validations;
        this.bind = bind;
        this.write = write;
        this.fast = fast;
    }

    public override bool HandleNull => true;

    // global::System.Type: a declaration named Type, in this namespace, would hide it.
    public override T Read(ref Utf8JsonReader reader, global::System.Type typeToConvert, JsonSerializerOptions options)
    {
        if (fast != null)
        {
            // The reader holds the whole value (System.Text.Json buffers it for a converter), so
            // a copy taken here reads it again from its start.
            var start = reader;
            if (SchemaRuntime.TryFast(fast, ref reader, out var value)) return value;
            reader = start;
        }
        return (tags == null ? SchemaRuntime.Read(ref reader, validation!, bind) : SchemaRuntime.ReadTagged(ref reader, tag!, tags, validations!, bind))!;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else write(writer, value);
    }
}

/// <summary>
/// A union's variants, in order, as its converter binds them: a valid value is bound as the first
/// variant it matches (as the union's validator tried them). Binding reads only values the union's
/// validator has already accepted, so one of the variants matches: when an object's tag leaves a
/// single variant that could (SchemaBranches.cs), that is the one, and nothing is validated again;
/// otherwise the variants left are tried in order.
/// </summary>
internal sealed class SchemaVariants
{
    private readonly SchemaValidation[] validations;
    private readonly Lazy<SchemaBranches?> branches;

    internal SchemaVariants(params SchemaValidation[] validations)
    {
        this.validations = validations;
        branches = new Lazy<SchemaBranches?>(() => SchemaBranches.Of(Array.ConvertAll(validations, v => v.Validator.Root)));
    }

    /// <summary>The index of the variant a valid value binds as; -1 when it matches none.</summary>
    internal int Choose(JsonElement value)
    {
        var only = value.ValueKind == JsonValueKind.Object ? branches.Value?.Candidates(value) : null;
        if (only == null)
        {
            for (var i = 0; i < validations.Length; i++)
            {
                if (validations[i].IsValid(value)) return i;
            }
            return -1;
        }
        if (only.Length == 1) return only[0];
        foreach (var i in only)
        {
            if (validations[i].IsValid(value)) return i;
        }
        return -1;
    }
}
