#nullable enable

using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime;

/// <summary>One error of <see cref="SchemaValidator.Validate(JsonElement)"/>: where in the instance, which keyword along the evaluation path, what.</summary>
internal sealed class SchemaError
{
    internal SchemaError(string instanceLocation, string keywordLocation, string message)
    {
        InstanceLocation = instanceLocation;
        KeywordLocation = keywordLocation;
        Message = message;
    }

    /// <summary>JSON pointer into the instance ("" for the instance itself).</summary>
    internal string InstanceLocation { get; }

    /// <summary>JSON pointer of the failing keyword from the schema validated against, through $ref and $dynamicRef.</summary>
    internal string KeywordLocation { get; }

    internal string Message { get; }

    public override string ToString() => $"{InstanceLocation} {KeywordLocation}: {Message}";
}

/// <summary>Why a schema cannot be compiled (an unresolvable $ref, a pattern with no translation, a $ref loop).</summary>
internal sealed class SchemaCompileException : Exception
{
    internal SchemaCompileException(string message)
        : base(message)
    {
    }
}

/// <summary>A schema resource (a document or an embedded $id): its URI and its $dynamicAnchors.</summary>
internal sealed class SchemaResource
{
    internal SchemaResource(string uri)
    {
        Uri = uri;
    }

    internal string Uri { get; }

    /// <summary>Name -> location, as indexed; compiled into DynamicAnchors when the resource is first used.</summary>
    internal Dictionary<string, SchemaLocation> DynamicAnchorLocations { get; } = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);

    internal Dictionary<string, SchemaNode> DynamicAnchors { get; } = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);

    internal bool Activated { get; set; }

    /// <summary>The meta-schema URI ($schema) of the resource, or of the resource it is embedded in.</summary>
    internal string? MetaSchema { get; set; }
}

/// <summary>A schema in a document: the JSON, a unique key (document URI and pointer), its base URI and resource.</summary>
internal sealed class SchemaLocation
{
    internal SchemaLocation(JsonElement element, string key, string baseUri, SchemaResource resource)
    {
        Element = element;
        Key = key;
        BaseUri = baseUri;
        Resource = resource;
    }

    internal JsonElement Element { get; }

    internal string Key { get; }

    internal string BaseUri { get; }

    internal SchemaResource Resource { get; }
}

/// <summary>A JSON pointer under construction, built into text only when an error is reported.</summary>
internal sealed class SchemaPath
{
    internal SchemaPath(SchemaPath? parent, string token)
    {
        Parent = parent;
        Token = token;
    }

    internal SchemaPath? Parent { get; }

    /// <summary>Already escaped (~0, ~1).</summary>
    internal string Token { get; }

    internal static string Text(SchemaPath? path)
    {
        if (path == null) return "";
        var tokens = new List<string>();
        for (var p = path; p != null; p = p.Parent) tokens.Add(p.Token);
        var text = new StringBuilder();
        for (var i = tokens.Count - 1; i >= 0; i--) text.Append('/').Append(tokens[i]);
        return text.ToString();
    }
}

/// <summary>The dynamic scope: the schema resources entered, innermost first.</summary>
internal sealed class SchemaScope
{
    internal SchemaScope(SchemaResource resource, SchemaScope? outer)
    {
        Resource = resource;
        Outer = outer;
    }

    internal SchemaResource Resource { get; }

    internal SchemaScope? Outer { get; }
}

/// <summary>What unevaluatedProperties and unevaluatedItems see: the members evaluated so far on one instance.</summary>
internal sealed class SchemaAnnotations
{
    internal HashSet<string>? Properties;
    internal bool AllProperties;
    internal int Items;
    internal bool AllItems;
    internal HashSet<int>? ContainsItems;

    internal void AddProperty(string name) => (Properties ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    internal bool HasProperty(string name) => AllProperties || (Properties != null && Properties.Contains(name));

    internal bool HasItem(int index) => AllItems || index < Items || (ContainsItems != null && ContainsItems.Contains(index));

    internal void Merge(SchemaAnnotations other)
    {
        AllProperties |= other.AllProperties;
        if (other.Properties != null && !AllProperties) foreach (var name in other.Properties) AddProperty(name);
        AllItems |= other.AllItems;
        Items = Math.Max(Items, other.Items);
        if (other.ContainsItems != null && !AllItems) foreach (var index in other.ContainsItems) (ContainsItems ??= new HashSet<int>()).Add(index);
    }
}

/// <summary>A bound or a multipleOf: the value, and its JSON text for messages.</summary>
internal sealed class SchemaBound
{
    internal SchemaBound(JsonElement number)
    {
        Number = SchemaNumber.Of(number);
        Text = number.GetRawText();
        IsInt64 = number.TryGetInt64(out var value);
        Int64 = value;
        Count = Number.ToCount();
    }

    /// <summary>As a length or count (maxLength, minItems, ...): clamped to long, fractions rounded down.</summary>
    internal long Count { get; }

    internal SchemaNumber Number { get; }

    internal string Text { get; }

    internal bool IsInt64 { get; }

    internal long Int64 { get; }
}

/// <summary>
/// A pattern, compiled once, and the source for messages: either .NET's translation of the
/// ECMA-262 source, or, where .NET's engine could backtrack super-linearly, the linear-time
/// matcher's program (<see cref="SchemaLinearPattern"/>). Both search with <see cref="IsMatch(string)"/>.
/// </summary>
internal sealed class SchemaPattern
{
    /// <summary>
    /// How long one match may run. .NET's engine backtracks: the timeout bounds any pattern, and a
    /// match that runs out of time counts as no match, so no input can hang the caller. (The
    /// linear-time matcher needs none.)
    /// </summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex? regex;
    private readonly SchemaLinearPattern? linear;

    internal SchemaPattern(Regex regex, string source)
    {
        this.regex = regex;
        Source = source;
    }

    internal SchemaPattern(SchemaLinearPattern linear, string source)
    {
        this.linear = linear;
        Source = source;
    }

    internal string Source { get; }

    /// <summary>An unanchored search, as RegExp.test; running out of time counts as no match.</summary>
    internal bool IsMatch(string text)
    {
        if (linear != null) return linear.IsMatch(text);
        var regex = this.regex!;
        if (spentText != null && spentText == text && spentPattern == regex.ToString()) return false;
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            spentPattern = regex.ToString();
            spentText = text;
            return false;
        }
    }

    // The last search that ran out of time on this thread. A value the compiled check refuses goes
    // to the interpreter, which searches the same pattern (compiled apart, from the same text) in
    // the same string: it gets the check's answer at once instead of spending a second budget.
    [ThreadStatic] private static string? spentPattern;
    [ThreadStatic] private static string? spentText;
}

/// <summary>One schema object compiled: each keyword's value read once, subschemas linked (cycles through $ref included).</summary>
internal sealed class SchemaNode
{
    internal const int NullType = 1, BooleanType = 2, ObjectType = 4, ArrayType = 8, NumberType = 16, StringType = 32, IntegerType = 64;

    internal SchemaNode(SchemaResource resource)
    {
        Resource = resource;
    }

    internal SchemaResource Resource { get; }

    /// <summary>1 for the schema true, -1 for false, 0 for an object.</summary>
    internal int Boolean;

    internal SchemaNode? Ref;
    internal SchemaNode? DynamicRef;

    /// <summary>The $dynamicAnchor name the $dynamicRef looks up in the dynamic scope; null when it acts as $ref.</summary>
    internal string? DynamicName;

    internal int Types;
    internal string? TypeMessage;
    internal JsonElement[]? Enum;

    /// <summary>Each enum value's string when it is one (compared without allocating), else null.</summary>
    internal string?[]? EnumStrings;

    /// <summary>Those strings in UTF-8, as JsonElement holds them (compared without transcoding), or null for one that is not valid UTF-16.</summary>
    internal byte[]?[]? EnumUtf8;
    internal bool HasConst;
    internal JsonElement Const;
    internal string? ConstString;
    internal byte[]? ConstUtf8;
    internal SchemaBound? MultipleOf, Maximum, ExclusiveMaximum, Minimum, ExclusiveMinimum;
    internal SchemaBound? MaxLength, MinLength;
    internal SchemaPattern? Pattern;
    internal string? Format;
    internal Func<string, bool>? FormatCheck;
    internal SchemaBound? MaxItems, MinItems;
    internal bool UniqueItems;
    internal SchemaBound? MaxProperties, MinProperties;
    internal string[]? Required;
    internal KeyValuePair<string, string[]>[]? DependentRequired;

    /// <summary>The pre-2019 `dependencies` (still met in the wild): its arrays act as dependentRequired, its schemas as dependentSchemas.</summary>
    internal KeyValuePair<string, string[]>[]? DependenciesRequired;
    internal KeyValuePair<string, SchemaNode>[]? DependenciesSchemas;

    internal SchemaNode[]? AllOf, AnyOf, OneOf;

    /// <summary>Which branches of anyOf and oneOf an object can match, by its tag (null: no member tells them apart); set once the schemas they reach are compiled.</summary>
    internal SchemaBranches? AnyOfBranches, OneOfBranches;
    internal SchemaNode? Not, If, Then, Else;
    internal KeyValuePair<string, SchemaNode>[]? DependentSchemas;
    internal SchemaNode[]? PrefixItems;

    /// <summary>Before 2020-12 the tuple was `items` (an array) and the rest `additionalItems`: the names the locations use.</summary>
    internal string PrefixItemsKeyword = "prefixItems", ItemsKeyword = "items";
    internal SchemaNode? Items, Contains;
    internal SchemaBound? MinContains, MaxContains;
    internal Dictionary<string, SchemaNode>? Properties;

    /// <summary>The same properties in schema order, for the IsValid walk (TryGetProperty allocates no name).</summary>
    internal KeyValuePair<string, SchemaNode>[]? PropertyList;

    /// <summary>
    /// PropertyList's names, for IsValid's one pass over an object's members (null when there are
    /// more than 64): each member is matched against them, instead of one TryGetProperty (a scan of
    /// the members) per declared and per required name.
    /// </summary>
    internal SchemaNames? DeclaredNames;

    /// <summary>With DeclaredNames: the declared properties that are required, as bits of their index, and the required names not declared.</summary>
    internal ulong RequiredMask;
    internal string[]? RequiredUndeclared;
    internal KeyValuePair<SchemaPattern, SchemaNode>[]? PatternProperties;
    internal SchemaNode? AdditionalProperties, PropertyNames, UnevaluatedItems, UnevaluatedProperties;

    /// <summary>OpenAPI's discriminator beside oneOf or anyOf (SchemaDiscriminator.cs).</summary>
    internal SchemaDiscriminator? Discriminator;

    internal bool HasNumberKeywords => MultipleOf != null || Maximum != null || ExclusiveMaximum != null || Minimum != null || ExclusiveMinimum != null;

    internal bool HasStringKeywords => MaxLength != null || MinLength != null || Pattern != null || FormatCheck != null;

    internal bool HasUnevaluated => UnevaluatedItems != null || UnevaluatedProperties != null;

    /// <summary>What evaluation reads precomputed from the keywords, once all are compiled.</summary>
    internal void Prepare()
    {
        if (EnumStrings != null) EnumUtf8 = Array.ConvertAll(EnumStrings, s => s == null ? null : SchemaNames.Utf8(s));
        if (ConstString != null) ConstUtf8 = SchemaNames.Utf8(ConstString);
        if (PropertyList == null || PropertyList.Length > 64) return;
        DeclaredNames = new SchemaNames(Array.ConvertAll(PropertyList, p => p.Key));
        var undeclared = new List<string>();
        foreach (var name in Required ?? Array.Empty<string>())
        {
            var index = Array.FindIndex(PropertyList, p => p.Key == name);
            if (index >= 0) RequiredMask |= 1UL << index;
            else undeclared.Add(name);
        }
        RequiredUndeclared = undeclared.ToArray();
    }

    /// <summary>The subschemas applied to the same instance: a cycle among these never ends.</summary>
    internal IEnumerable<SchemaNode> InPlace()
    {
        if (Ref != null) yield return Ref;
        if (DynamicRef != null) yield return DynamicRef;
        foreach (var list in new[] { AllOf, AnyOf, OneOf })
        {
            if (list != null) foreach (var s in list) yield return s;
        }
        foreach (var s in new[] { Not, If, Then, Else })
        {
            if (s != null) yield return s;
        }
        if (DependentSchemas != null) foreach (var d in DependentSchemas) yield return d.Value;
        if (DependenciesSchemas != null) foreach (var d in DependenciesSchemas) yield return d.Value;
    }
}

/// <summary>
/// A union's tags, found from the string token a fast reader's look-ahead is on without making a
/// string: by length and first and last byte, then the bytes (a tag written with escapes is
/// decoded and looked up as a string).
/// </summary>
internal sealed class SchemaTags
{
    private readonly Dictionary<string, int> byString = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> byShape = new Dictionary<int, int[]>();
    private readonly byte[][] utf8;

    /// <summary>The tags, each well-formed UTF-16 (the readers write no other).</summary>
    internal SchemaTags(params string[] tags)
    {
        utf8 = Array.ConvertAll(tags, t => SchemaNames.Utf8(t)!);
        var shapes = new Dictionary<int, List<int>>();
        for (var i = 0; i < tags.Length; i++)
        {
            byString.TryAdd(tags[i], i);
            if (utf8[i].Length == 0) continue;
            var key = Shape(utf8[i]);
            if (!shapes.TryGetValue(key, out var list)) shapes[key] = list = new List<int>();
            list.Add(i);
        }
        foreach (var (key, list) in shapes) byShape[key] = list.ToArray();
    }

    /// <summary>The index of the tag the reader's string token holds, or -1.</summary>
    internal int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length == 0)
            return byString.TryGetValue(reader.GetString()!, out var named) ? named : -1;
        var value = reader.ValueSpan;
        if (!byShape.TryGetValue(Shape(value), out var candidates)) return -1;
        foreach (var i in candidates)
        {
            if (value.SequenceEqual(utf8[i])) return i;
        }
        return -1;
    }

    private static int Shape(ReadOnlySpan<byte> bytes) => (bytes.Length << 16) ^ (bytes[0] << 8) ^ bytes[bytes.Length - 1];
}

/// <summary>
/// Member names to find an object's members by, in one pass over them (the validator's declared
/// properties, a converter's): each name is held in UTF-8 as JsonElement holds it, so a member is
/// compared without transcoding or allocating its name.
/// </summary>
internal sealed class SchemaNames
{
    /// <summary>UTF-8 that refuses text which is not well-formed UTF-16 (a lone surrogate).</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private readonly string[] names;
    private readonly byte[]?[] utf8;

    internal SchemaNames(params string[] names)
    {
        this.names = names;
        utf8 = Array.ConvertAll(names, Utf8);
    }

    internal int Count => names.Length;

    /// <summary>
    /// The index of the member's name among the names, or -1. `hint` (the index after the last
    /// found) is tried first: members mostly come in the order they are declared in. Members calls
    /// it for each member, in one pass.
    /// </summary>
    internal int IndexOf(JsonProperty member, ref int hint)
    {
        for (var k = 0; k < names.Length; k++)
        {
            var i = hint + k < names.Length ? hint + k : hint + k - names.Length;
            if (!Equals(member, i)) continue;
            hint = i + 1 < names.Length ? i + 1 : 0;
            return i;
        }
        return -1;
    }

    /// <summary>
    /// A converter's FromJson pass over an object: its members' values at the index of their
    /// names (Undefined where absent; of a name written twice, the last), and the others, in order
    /// (null: none).
    /// </summary>
    internal JsonElement[] Members(JsonElement json, out List<JsonProperty>? additional)
    {
        var found = new JsonElement[names.Length];
        additional = null;
        var hint = 0;
        foreach (var property in json.EnumerateObject())
        {
            var i = IndexOf(property, ref hint);
            if (i >= 0) found[i] = property.Value;
            else (additional ??= new List<JsonProperty>()).Add(property);
        }
        return found;
    }

    /// <summary>As <see cref="IndexOf(JsonProperty, ref int)"/>, for the property name a reader is on (a fast reader's loop).</summary>
    internal int IndexOf(ref Utf8JsonReader reader, ref int hint)
    {
        for (var k = 0; k < names.Length; k++)
        {
            var i = hint + k < names.Length ? hint + k : hint + k - names.Length;
            if (!(utf8[i] is { } bytes ? reader.ValueTextEquals(bytes) : reader.ValueTextEquals(names[i]))) continue;
            hint = i + 1 < names.Length ? i + 1 : 0;
            return i;
        }
        return -1;
    }

    /// <summary>What <see cref="Next"/> answers for a member none of the names is (its name then in `unknown`).</summary>
    internal const int Unknown = -1;
    /// <summary>What <see cref="Next"/> answers at the object's end.</summary>
    internal const int End = -2;
    /// <summary>
    /// What <see cref="Next"/> answers where the reader cannot go on: the input ends, a token that is
    /// not a name (a comment, where the options keep them), or a name read before (which FromJson's
    /// path takes: the last one counts there).
    /// </summary>
    internal const int Invalid = -3;

    /// <summary>
    /// A fast reader's next member, the reader on the object's start or on the last token of the
    /// member before: the index of its name (as <see cref="IndexOf(ref Utf8JsonReader, ref int)"/>),
    /// the reader then on its value, and its bit (1 &lt;&lt; index, below 64) set in `seen`;
    /// <see cref="Unknown"/>, the name in `unknown`; <see cref="End"/>; or <see cref="Invalid"/>.
    /// </summary>
    internal int Next(ref Utf8JsonReader reader, ref int hint, ref ulong seen, out string? unknown)
    {
        unknown = null;
        if (!reader.Read()) return Invalid;
        if (reader.TokenType == JsonTokenType.EndObject) return End;
        if (reader.TokenType != JsonTokenType.PropertyName) return Invalid;
        var index = IndexOf(ref reader, ref hint);
        if (index < 0) unknown = reader.GetString()!;
        else if (index < 64 && !SchemaRuntime.Once(ref seen, 1UL << index)) return Invalid;
        return reader.Read() ? index : Invalid;
    }

    /// <summary>Whether a member after the enumerator's current one has the i-th name.</summary>
    internal bool Later(JsonElement.ObjectEnumerator members, int i)
    {
        while (members.MoveNext())
        {
            if (Equals(members.Current, i)) return true;
        }
        return false;
    }

    private bool Equals(JsonProperty member, int i) => utf8[i] is { } bytes ? member.NameEquals(bytes) : member.NameEquals(names[i]);

    /// <summary>The UTF-8 of a string, or null when it is not valid UTF-16 (it is then compared as a string, as before).</summary>
    internal static byte[]? Utf8(string text)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
