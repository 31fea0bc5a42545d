// Unit tests of the C# runtime (templates/csharp/runtime/*.cs), compiled with it as it is, in its
// own namespace, by test/runtime/csharp.test.ts. A plain console: each test prints "pass <name>"
// or "fail <name>: <why>"; the exit code is the number of failures.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenAI.Realtime;

internal static class RuntimeTests
{
    private static readonly List<(string Name, Action Body)> Tests = new List<(string, Action)>();

    private static int Main()
    {
        Add("the validator: IsValid and Validate, with instance and keyword locations", () =>
        {
            var v = Validator("{\"type\": \"object\", \"required\": [\"id\"], \"properties\": {\"id\": {\"type\": \"string\", \"minLength\": 2}, \"n\": {\"$ref\": \"#/$defs/N\"}}, \"$defs\": {\"N\": {\"type\": \"integer\", \"minimum\": 0}}}");
            True(v.IsValid(Parse("{\"id\": \"ab\", \"n\": 1.0}")), "valid");
            OneIssue(v, "{\"id\": \"\\ud83d\\ude00\"}", "/id", "/properties/id/minLength", "minLength", "must NOT have fewer than 2 characters");
            OneIssue(v, "{\"id\": \"ab\", \"n\": -1}", "/n", "/properties/n/$ref/minimum", "minimum", "must be >= 0");
            OneIssue(v, "{}", "", "/required", "required", "must have required property 'id'");
            var at = v.At("#/$defs/N");
            True(at.IsValid(Parse("3")) && !at.IsValid(Parse("3.5")), "At compiles a subschema by URI");
        });
        Add("pattern that runs out of time is no match, after about the timeout", () =>
        {
            Equal(TimeSpan.FromSeconds(1), SchemaPattern.MatchTimeout);
            var v = Validator("{\"pattern\": \"^(\\\\w+\\\\s?)*$\"}");
            var watch = Stopwatch.StartNew();
            OneIssue(v, JsonSerializer.Serialize(new string('a', 5000) + "!"), "", "/pattern", "pattern", "must match pattern \"^(\\w+\\s?)*$\"");
            watch.Stop();
            True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"returned after {watch.Elapsed}: the timeout was not the reason");
            True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        });
        Add("a search that ran out of time is answered at once for the same pattern and text, as the interpreter asks after the check", () =>
        {
            const string source = "^(\\w+\\s?)*$";
            SchemaPattern Compiled() => new SchemaPattern(new Regex(source, RegexOptions.CultureInvariant, SchemaPattern.MatchTimeout), source);
            var (check, interpreter) = (Compiled(), Compiled());
            var attack = new string('b', 5000) + "!"; // not the text of the test above, whose spent search this thread remembers
            var watch = Stopwatch.StartNew();
            True(!check.IsMatch(attack), "a spent budget is no match");
            True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"returned after {watch.Elapsed}: the timeout was not the reason");
            watch.Restart();
            True(!interpreter.IsMatch(new string(attack.ToCharArray())), "the same text, another string object: no match");
            True(watch.Elapsed < TimeSpan.FromSeconds(0.5), $"searched again for {watch.Elapsed}");
            True(interpreter.IsMatch("abc") && !interpreter.IsMatch("a!"), "other texts are searched");
        });
        Add("discriminator: a tag missing or not a string is the discriminator's one error", () =>
        {
            var v = Validator(Tagged("oneOf", ""));
            OneIssue(v, "{\"n\": 1}", "", "/discriminator", "discriminator", "tag \"type\" must be string");
            OneIssue(v, "{\"type\": 1}", "", "/discriminator", "discriminator", "tag \"type\" must be string");
        });
        Add("discriminator: an unknown tag is the discriminator's one error, naming oneOf or anyOf", () =>
        {
            OneIssue(Validator(Tagged("oneOf", "")), "{\"type\": \"c\"}", "", "/discriminator", "discriminator", "value of tag \"type\" must be in oneOf");
            OneIssue(Validator(Tagged("anyOf", "")), "{\"type\": \"c\"}", "", "/discriminator", "discriminator", "value of tag \"type\" must be in anyOf");
        });
        Add("discriminator: the variant the tag names (by its const, or an enum) gives exactly its errors", () =>
        {
            var v = Validator(Tagged("oneOf", ""));
            OneIssue(v, "{\"type\": \"b\", \"n\": \"x\"}", "/n", "/oneOf/1/$ref/properties/n/type", "type", "must be integer");
            OneIssue(v, "{\"type\": \"b2\", \"n\": \"x\"}", "/n", "/oneOf/1/$ref/properties/n/type", "type", "must be integer");
            OneIssue(Validator(Tagged("anyOf", "")), "{\"type\": \"a\"}", "", "/anyOf/0/$ref/required", "required", "must have required property 'n'");
        });
        Add("discriminator: the tag's const is found through the variant's $refs and the property's", () =>
        {
            var v = Validator("{\"type\": \"object\", \"discriminator\": {\"propertyName\": \"kind\"}, \"oneOf\": [{\"required\": [\"x\"]}, {\"$ref\": \"#/$defs/C\"}], \"$defs\": {"
                + "\"C\": {\"$ref\": \"#/$defs/D\"}, \"D\": {\"properties\": {\"kind\": {\"$ref\": \"#/$defs/K\"}}, \"required\": [\"y\"]}, \"K\": {\"const\": \"d\"}}}");
            OneIssue(v, "{\"kind\": \"d\"}", "", "/oneOf/1/$ref/$ref/required", "required", "must have required property 'y'");
            OneIssue(v, "{\"kind\": \"e\"}", "", "/discriminator", "discriminator", "value of tag \"kind\" must be in oneOf");
        });
        Add("discriminator: mapping names the variant by its $ref, before any const", () =>
        {
            // mapping sends "b" to A: A's errors, although B's const is "b".
            var v = Validator(Tagged("oneOf", ", \"mapping\": {\"b\": \"#/$defs/A\"}"));
            var issues = Issues(v, "{\"type\": \"b\", \"n\": \"x\"}");
            Equal("/oneOf/0/$ref/properties/type/const,/oneOf/0/$ref/properties/n/type", string.Join(",", issues.Select(i => i.KeywordLocation)));
        });
        Add("discriminator: never changes validity; a passing named variant gives the oneOf error", () =>
        {
            var v = Validator("{\"type\": \"object\", \"discriminator\": {\"propertyName\": \"type\"}, \"oneOf\": [{\"required\": [\"type\"], \"properties\": {\"type\": {\"const\": \"a\"}}}, {\"required\": [\"n\"]}]}");
            True(v.IsValid(Parse("{\"type\": 5, \"n\": 1}")), "one variant matches: valid, whatever the tag");
            True(v.IsValid(Parse("{\"n\": 1}")), "no tag, one variant matches: valid");
            OneIssue(v, "{\"type\": \"a\", \"n\": 1}", "", "/oneOf", "oneOf", "must match exactly one schema in oneOf");
            Equal("/type,/oneOf", string.Join(",", Issues(Validator(Tagged("oneOf", "")), "[]").Select(i => i.KeywordLocation)));
        });
        Add("the issue's keyword is the last keyword of its location", () =>
        {
            var v = Validator("{\"properties\": {\"x\": false}, \"allOf\": [{\"required\": [\"y\"]}], \"additionalProperties\": false}");
            var issues = Issues(v, "{\"x\": 1, \"z\": 2}");
            Equal("properties,additionalProperties,required", string.Join(",", issues.Select(i => i.Keyword)));
            Equal("/properties/x,/additionalProperties,/allOf/0/required", string.Join(",", issues.Select(i => i.KeywordLocation)));
            Equal("/x,/z,", string.Join(",", issues.Select(i => i.Pointer)));
            Equal("", Issues(Validator("false"), "1")[0].Keyword);
        });
        Add("parse binds, serialize writes back: a JSON value round trip", () =>
        {
            const string json = "{\"a\":[1,2.5,\"x\",null,{\"b\":true}],\"\\u00E9\":{}}";
            var map = SchemaRuntime.Parse(json, Validation("{\"type\": \"object\"}"), SchemaRuntime.ReadMap(SchemaRuntime.ReadElement));
            Equal(2, map.Count);
            var again = SchemaRuntime.Serialize(map, SchemaRuntime.WriteMap<JsonElement>(SchemaRuntime.WriteElement));
            Equal(json, again);
            var list = SchemaRuntime.Parse("[[1,null],null]", Validation("true"), SchemaRuntime.ReadArray(SchemaRuntime.ReadNullable(SchemaRuntime.ReadArray(SchemaRuntime.ReadNullableValue(SchemaRuntime.ReadInt64)))));
            Equal(2, list.Count);
            Equal(null, list[1]);
            Equal("[[1,null],null]", SchemaRuntime.Serialize(list, SchemaRuntime.WriteArray(SchemaRuntime.WriteNullable(SchemaRuntime.WriteArray<long?>(SchemaRuntime.WriteNullableValue<long>(SchemaRuntime.WriteInt64))))));
        });
        Add("serialize: text larger than the first pooled array, written whole, twice with other text (pooled arrays come back holding old bytes)", () =>
        {
            foreach (var filler in new[] { 'x', 'y' })
            {
                var strings = new List<string>();
                for (var i = 0; i < 5000; i++) strings.Add("item " + i + " " + new string(filler, i % 40));
                // Built by hand, not by JsonSerializer, whose writes into the same pool would leave this very text there.
                var expected = "[" + string.Join(",", strings.Select(x => "\"" + x + "\"")) + "]";
                True(expected.Length > 4 * 16384, "the text outgrows the first array several times");
                var written = SchemaRuntime.Serialize<IReadOnlyList<string>>(strings, SchemaRuntime.WriteArray<string>(SchemaRuntime.WriteString));
                var differ = 0;
                while (differ < Math.Min(expected.Length, written.Length) && expected[differ] == written[differ]) differ++;
                True(differ == expected.Length && differ == written.Length, $"the text written ({written.Length} chars) is the expected ({expected.Length}); first difference at {differ}");
            }
        });
        Add("readers: integral numbers written as 2.0, out of range refused", () =>
        {
            var integer = Validation("{\"type\": \"integer\"}");
            Equal(2L, SchemaRuntime.Parse("2.0", integer, SchemaRuntime.ReadInt64));
            Equal(-3, SchemaRuntime.Parse("-3e0", integer, SchemaRuntime.ReadInt32));
            var error = Throws<JsonException>(() => SchemaRuntime.Parse("3e9", integer, SchemaRuntime.ReadInt32));
            Equal("3e9 is out of range here", error.Message);
            Equal("x\u00e9", SchemaRuntime.Parse("\"x\\u00e9\"", Validation("{\"type\": \"string\"}"), SchemaRuntime.ReadString));
            Equal(true, SchemaRuntime.Parse("true", Validation("{\"type\": \"boolean\"}"), SchemaRuntime.ReadBoolean));
            Equal(0.5, SchemaRuntime.Parse("0.5", Validation("{\"type\": \"number\"}"), SchemaRuntime.ReadDouble));
        });
        Add("BigInteger: any integral JSON number, read exactly and written in digits", () =>
        {
            var integer = Validation("{\"type\": \"integer\"}");
            string Trip(string json) => SchemaRuntime.Serialize(SchemaRuntime.Parse(json, integer, SchemaRuntime.ReadBigInteger), SchemaRuntime.WriteBigInteger);
            Equal("1" + new string('0', 52), Trip("1e52"));
            Equal("-" + "1" + new string('0', 52), Trip("-1E+52"));
            Equal("123456789012345678901234567", Trip("123456789012345678901234567"));
            Equal("-9223372036854775809", Trip("-9223372036854775809"));
            Equal("25", Trip("2.50e1"));
            Equal("1200", Trip("0.0012e6"));
            Equal("-1", Trip("-1.000"));
            Equal("0", Trip("0e999999999999999999999"));
            Equal("0", Trip("-0.0e-5"));
            Equal(309, Trip("1e308").Length);
            Throws<SchemaValidationException>(() => Trip("2.5"));
        });
        Add("Read from a Utf8JsonReader validates before binding", () =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes("{\"n\": -1}");
            var error = Throws<SchemaValidationException>(() => ReadOnce(bytes));
            Equal("/n", error.Pointer);
            var ok = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes("{\"n\": 4}"));
            ok.Read();
            var value = SchemaRuntime.Read(ref ok, Positive, json => json.GetProperty("n").GetInt32());
            Equal(4, value);
        });
        Add("branches: an object's tag leaves the branches whose required const or enum names it", () =>
        {
            var root = Validator(Tagged("anyOf", "")).Root;
            var branches = root.AnyOfBranches!;
            Equal("type", branches.Property);
            Equal("0", string.Join(",", branches.Candidates(Parse("{\"type\": \"a\"}"))));
            Equal("1", string.Join(",", branches.Candidates(Parse("{\"type\": \"b2\"}"))));
            Equal("", string.Join(",", branches.Candidates(Parse("{\"type\": \"c\"}"))));
            Equal("", string.Join(",", branches.Candidates(Parse("{\"type\": 1}"))));
            Equal("", string.Join(",", branches.Candidates(Parse("{\"n\": 1}"))));
            // Through allOf and $ref; a branch that does not require the tag is left when it is absent; one with no condition always.
            var mixed = Validator("{\"anyOf\": [{\"allOf\": [{\"$ref\": \"#/$defs/K\"}], \"required\": [\"kind\"]}, {\"properties\": {\"kind\": {\"enum\": [\"x\", \"y\"]}}}, {\"minProperties\": 1}, {\"properties\": {\"kind\": {\"enum\": [\"x\", 1]}}}],"
                + " \"$defs\": {\"K\": {\"properties\": {\"kind\": {\"$ref\": \"#/$defs/X\"}}}, \"X\": {\"const\": \"x\"}}}").Root.AnyOfBranches!;
            Equal("0,1,2,3", string.Join(",", mixed.Candidates(Parse("{\"kind\": \"x\"}"))));
            Equal("1,2,3", string.Join(",", mixed.Candidates(Parse("{\"kind\": \"y\"}"))));
            Equal("1,2,3", string.Join(",", mixed.Candidates(Parse("{}"))));
            Equal("2,3", string.Join(",", mixed.Candidates(Parse("{\"kind\": 1}"))));
            True(Validator("{\"oneOf\": [{\"type\": \"string\"}, {\"required\": [\"a\"]}]}").Root.OneOfBranches == null, "no member's values restricted: no index");
            // The branches one tag leaves are told apart by another member.
            var message = "{\"required\": [\"type\", \"role\"], \"properties\": {\"type\": {\"const\": \"message\"}, \"role\": {\"const\": \"ROLE\"}}}";
            var nested = Validator("{\"anyOf\": [" + message.Replace("ROLE", "user") + ", " + message.Replace("ROLE", "system") + ", {\"required\": [\"type\"], \"properties\": {\"type\": {\"const\": \"call\"}}}]}").Root.AnyOfBranches!;
            Equal("1", string.Join(",", nested.Candidates(Parse("{\"type\": \"message\", \"role\": \"system\"}"))));
            Equal("", string.Join(",", nested.Candidates(Parse("{\"type\": \"message\"}"))));
            Equal("2", string.Join(",", nested.Candidates(Parse("{\"role\": \"user\", \"type\": \"call\"}"))));
        });
        Add("branches: validity, annotations and errors as when every branch is tried", () =>
        {
            var v = Validator("{\"anyOf\": [{\"$ref\": \"#/$defs/A\"}, {\"$ref\": \"#/$defs/B\"}, {\"type\": \"string\"}], \"unevaluatedProperties\": false, \"$defs\": {"
                + "\"A\": {\"required\": [\"t\"], \"properties\": {\"t\": {\"const\": \"a\"}, \"n\": {\"type\": \"integer\"}}},"
                + "\"B\": {\"required\": [\"t\"], \"properties\": {\"t\": {\"enum\": [\"a\", \"b\"]}, \"s\": true}}}}");
            True(v.IsValid(Parse("{\"t\": \"a\", \"n\": 1, \"s\": 2}")), "both branches pass and annotate");
            True(v.IsValid(Parse("\"x\"")), "not an object: every branch");
            OneIssue(v, "{\"t\": \"b\", \"n\": 1}", "/n", "/unevaluatedProperties", "unevaluatedProperties", "boolean schema is false");
            Equal("/anyOf,/unevaluatedProperties", string.Join(",", Issues(v, "{\"t\": \"c\"}").Select(i => i.KeywordLocation)));
        });
        Add("members: IsValid's one pass over them agrees with Validate, a name written twice counting once, the last", () =>
        {
            var v = Validator("{\"required\": [\"a\", \"c\"], \"properties\": {\"a\": {\"type\": \"string\"}, \"b\": {\"enum\": [\"x\", 1]}}, \"additionalProperties\": {\"type\": \"integer\"}}");
            Equal(0, Issues(v, "{\"b\": \"x\", \"c\": 2, \"a\": \"s\"}").Count);
            Equal(0, Issues(v, "{\"a\": 1, \"c\": 2, \"a\": \"s\"}").Count);
            OneIssue(v, "{\"a\": \"s\", \"c\": 2, \"a\": 1}", "/a", "/properties/a/type", "type", "must be string");
            OneIssue(v, "{\"a\": \"s\", \"b\": 1}", "", "/required", "required", "must have required property 'c'");
            OneIssue(v, "{\"a\": \"s\", \"c\": \"2\"}", "/c", "/additionalProperties/type", "type", "must be integer");
            OneIssue(v, "{\"a\": \"s\", \"c\": 2, \"b\": \"y\"}", "/b", "/properties/b/enum", "enum", "must be equal to one of the allowed values");
        });
        Add("variants: a valid object binds as the one variant its tag leaves, else the first that matches", () =>
        {
            var a = Validation("{\"type\": \"object\", \"required\": [\"t\"], \"properties\": {\"t\": {\"const\": \"a\"}}}");
            var b = Validation("{\"type\": \"object\", \"required\": [\"t\", \"n\"], \"properties\": {\"t\": {\"enum\": [\"b\", \"c\"]}}}");
            var c = Validation("{\"type\": \"object\", \"required\": [\"t\"], \"properties\": {\"t\": {\"const\": \"c\"}}}");
            var variants = new SchemaVariants(a, b, c, Validation("{\"type\": \"array\"}"));
            Equal(0, variants.Choose(Parse("{\"t\": \"a\"}")));
            Equal(1, variants.Choose(Parse("{\"t\": \"c\", \"n\": 1}")));
            Equal(2, variants.Choose(Parse("{\"t\": \"c\"}")));
            Equal(3, variants.Choose(Parse("[]")));
            Equal(-1, variants.Choose(Parse("1")));
            Equal(1, variants.Choose(Parse("{\"t\": \"b\", \"n\": 1}")));
        });
        Add("ReadTagged: the tag names the class whose validator runs; else the discriminator's error", () =>
        {
            var tags = new[] { "a", "b" };
            var validators = new[] { Positive, Validation("{\"required\": [\"s\"]}") };
            int Tagged(string json)
            {
                var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
                reader.Read();
                return SchemaRuntime.ReadTagged(ref reader, "type", tags, validators, element => element.GetProperty("type").GetString()!.Length);
            }
            Equal(1, Tagged("{\"type\": \"a\", \"n\": 1}"));
            Equal("/n", Throws<SchemaValidationException>(() => Tagged("{\"type\": \"a\", \"n\": -1}")).Pointer);
            Equal("required", Throws<SchemaValidationException>(() => Tagged("{\"type\": \"b\", \"n\": -1}")).Keyword);
            Equal("(root): must be object (type)", Throws<SchemaValidationException>(() => Tagged("[]")).Message);
            Equal("(root): tag \"type\" must be string (discriminator)", Throws<SchemaValidationException>(() => Tagged("{\"type\": null}")).Message);
            Equal("(root): value of tag \"type\" must be in oneOf (discriminator)", Throws<SchemaValidationException>(() => Tagged("{\"type\": \"c\"}")).Message);
        });
        Add("a validation asks its compiled check first, and the interpreter reports (and decides) where the check refuses", () =>
        {
            var built = 0;
            var validation = new SchemaValidation(new Lazy<SchemaValidator>(() =>
            {
                built++;
                return Validator("{\"type\": \"integer\", \"minimum\": 0}");
            }), json => json.ValueKind == JsonValueKind.Number && json.GetInt64() >= 0 && json.GetInt64() != 7);
            validation.ThrowIfInvalid(Parse("3"));
            True(validation.IsValid(Parse("3")), "the check accepts 3");
            Equal(0, built);
            Equal("minimum", Throws<SchemaValidationException>(() =>
            {
                validation.ThrowIfInvalid(Parse("-1"));
                return 0;
            }).Keyword);
            Equal(1, built);
            // A check that refused what the interpreter accepts would not make the value invalid: the interpreter is the reference.
            validation.ThrowIfInvalid(Parse("7"));
        });
        Add("a pattern .NET refuses leaves the compiled check undecided, and the interpreter decides", () =>
        {
            var refused = SchemaKeywords.Pattern("(", "(");
            Equal(null, refused);
            var valid = SchemaKeywords.Pattern("^a", "^a")!;
            True(SchemaKeywords.Pattern(Parse("\"ab\""), valid), "^a matches ab");
            True(SchemaKeywords.Pattern(Parse("1"), refused), "a pattern applies only to strings");
            Throws<SchemaUndecided>(() => SchemaKeywords.Pattern(Parse("\"ab\""), refused));
            var validation = new SchemaValidation(new Lazy<SchemaValidator>(() => Validator("{\"type\": \"string\", \"minLength\": 2}")), json => SchemaKeywords.Pattern(json, refused));
            True(validation.IsValid(Parse("\"ab\"")), "the interpreter accepts ab");
            True(!validation.IsValid(Parse("\"a\"")), "the interpreter refuses a");
        });
        Add("WriteAdditional writes every kept property as it was", () =>
        {
            var kept = new Dictionary<string, JsonElement> { ["x"] = Parse("[1, {\"y\": null}]"), ["z"] = Parse("\"\\u2028\"") };
            var text = SchemaRuntime.Serialize(kept, (writer, value) =>
            {
                writer.WriteStartObject();
                SchemaRuntime.WriteAdditional(writer, value);
                writer.WriteEndObject();
            });
            Equal("{\"x\":[1,{\"y\":null}],\"z\":\"\\u2028\"}", text);
        });
        Add("the exception names the first issue and keeps them all", () =>
        {
            var check = Validation("{\"required\": [\"a\"], \"properties\": {\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"integer\", \"minimum\": 0}}, \"additionalProperties\": false}");
            var error = Throws<SchemaValidationException>(() => SchemaRuntime.Parse("{\"b\": -1, \"c\": 0}", check, json => json));
            Equal("(root): must have required property 'a' (required)", error.Message);
            Equal("", error.Pointer);
            Equal("required", error.Keyword);
            Equal("required,minimum,additionalProperties", string.Join(",", error.Issues.Select(i => i.Keyword)));
            Equal("/b: must be >= 0 (minimum)", error.Issues[1].ToString());
            Equal("/properties/b/minimum", error.Issues[1].KeywordLocation);
            True(error is JsonException, "a JsonException, as System.Text.Json callers catch");
        });
        Add("format views: a date-time keeps its offset and its fraction to 100 ns, and refuses what DateTimeOffset cannot hold", () =>
        {
            var read = SchemaFormats.ReadDateTime("2024-01-01t10:00:00.123456789-14:00", "p");
            Equal(TimeSpan.FromHours(-14), read.Offset);
            Equal(1234567L, read.Ticks % TimeSpan.TicksPerSecond);
            Equal("2024-01-01T10:00:00.1234567-14:00", SchemaFormats.DateTimeText(read));
            Equal("2024-01-01T10:00:00+00:00", SchemaFormats.DateTimeText(SchemaFormats.ReadDateTime("2024-01-01T10:00:00.000Z", "p")));
            Equal("property \"p\": \"2024-01-01T10:00:00+14:01\" has an offset beyond the 14 hours DateTimeOffset holds", Throws<FormatException>(() => SchemaFormats.ReadDateTime("2024-01-01T10:00:00+14:01", "p")).Message);
            Equal("property \"p\": \"0000-01-01T00:00:00Z\" is outside the years 0001 to 9999 that DateTimeOffset holds", Throws<FormatException>(() => SchemaFormats.ReadDateTime("0000-01-01T00:00:00Z", "p")).Message);
            Throws<FormatException>(() => SchemaFormats.ReadDateTime("0001-01-01T00:00:00+01:00", "p"));
            Equal("property \"p\": \"2024-01-01 10:00:00Z\" is not an RFC 3339 date-time", Throws<FormatException>(() => SchemaFormats.ReadDateTime("2024-01-01 10:00:00Z", "p")).Message);
            Equal("property \"p\": \"\\\"\\u000a\" is not an RFC 3339 date-time", Throws<FormatException>(() => SchemaFormats.ReadDateTime("\"\n", "p")).Message);
            Equal("property \"p\": \"1990-12-31T18:59:60-05:00\" is a leap second, which DateTimeOffset cannot hold", Throws<FormatException>(() => SchemaFormats.ReadDateTime("1990-12-31T18:59:60-05:00", "p")).Message);
        });
        Add("format views: dates, UUIDs and URIs as their formats have them, in the digits of ASCII only", () =>
        {
            Equal(new DateOnly(2024, 2, 29), SchemaFormats.ReadDate("2024-02-29", "p"));
            Throws<FormatException>(() => SchemaFormats.ReadDate("2023-02-29", "p"));
            Throws<FormatException>(() => SchemaFormats.ReadDate("2024-01-\u0661\u0662", "p"));
            Equal("property \"p\": \"0000-01-01\" is outside the years 0001 to 9999 that DateOnly holds", Throws<FormatException>(() => SchemaFormats.ReadDate("0000-01-01", "p")).Message);
            Equal("0001-01-01", SchemaFormats.DateText(DateOnly.MinValue));
            Equal("123e4567-e89b-12d3-a456-426614174000", SchemaFormats.GuidText(SchemaFormats.ReadGuid("123E4567-E89B-12D3-A456-426614174000", "p")));
            Throws<FormatException>(() => SchemaFormats.ReadGuid("{123e4567-e89b-12d3-a456-426614174000}", "p"));
            Equal("urn:isbn:0451450523", SchemaFormats.ReadUri("urn:isbn:0451450523", "p").OriginalString);
            Equal("property \"p\": \"/etc/hosts\" is not an absolute URI (RFC 3986)", Throws<FormatException>(() => SchemaFormats.ReadUri("/etc/hosts", "p")).Message);
            Equal("file:///etc/hosts", SchemaFormats.UriText(new System.Uri("file:///etc/hosts"), "p"));
            Throws<ArgumentException>(() => SchemaFormats.UriText(new System.Uri("a", UriKind.Relative), "p"));
        });
        Add("format views: Unix seconds in the years DateTimeOffset holds, from an int, a long or a BigInteger", () =>
        {
            Equal(DateTimeOffset.MinValue, SchemaFormats.ReadUnixTime(-62135596800L, "p"));
            Equal(DateTimeOffset.MaxValue.AddTicks(-9999999), SchemaFormats.ReadUnixTime(new System.Numerics.BigInteger(253402300799L), "p"));
            Equal("property \"p\": 253402300800 seconds since the Unix epoch is outside the years 0001 to 9999 that DateTimeOffset holds", Throws<FormatException>(() => SchemaFormats.ReadUnixTime(253402300800L, "p")).Message);
            Throws<FormatException>(() => SchemaFormats.ReadUnixTime(System.Numerics.BigInteger.Pow(10, 30), "p"));
            Equal(-1L, SchemaFormats.UnixTimeSeconds(new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero).AddMilliseconds(500)));
            Equal(int.MinValue, SchemaFormats.UnixTimeSeconds32(DateTimeOffset.FromUnixTimeSeconds(int.MinValue), "p"));
            Throws<OverflowException>(() => SchemaFormats.UnixTimeSeconds32(DateTimeOffset.FromUnixTimeSeconds(int.MinValue - 1L), "p"));
        });

        var failures = 0;
        Console.Out.WriteLine($"tests {Tests.Count}");
        foreach (var (name, body) in Tests)
        {
            try
            {
                body();
                Console.Out.WriteLine($"pass {name}");
            }
            catch (Exception e)
            {
                failures++;
                Console.Out.WriteLine($"fail {name}: {e.Message.Replace('\n', ' ')}");
            }
        }
        return failures;
    }

    private const string Uri = "https://example.com/runtime-tests.json";

    private static readonly SchemaValidation Positive = Validation("{\"type\": \"object\", \"required\": [\"n\"], \"properties\": {\"n\": {\"type\": \"integer\", \"minimum\": 0}}}");

    /// <summary>A union of A (type "a", n an integer, required) and B (type "b" or "b2", n an integer), told apart by "type".</summary>
    private static string Tagged(string keyword, string mapping) =>
        "{\"type\": \"object\", \"discriminator\": {\"propertyName\": \"type\"" + mapping + "}, \"" + keyword + "\": [{\"$ref\": \"#/$defs/A\"}, {\"$ref\": \"#/$defs/B\"}], \"$defs\": {"
        + "\"A\": {\"type\": \"object\", \"required\": [\"type\", \"n\"], \"properties\": {\"type\": {\"const\": \"a\"}, \"n\": {\"type\": \"integer\"}}},"
        + "\"B\": {\"type\": \"object\", \"required\": [\"type\"], \"properties\": {\"type\": {\"enum\": [\"b\", \"b2\"]}, \"n\": {\"type\": \"integer\"}}}}}";

    /// <summary>A validator of one document; its patterns are .NET's already.</summary>
    private static SchemaValidator Validator(string schema)
    {
        var root = Parse(schema);
        var patterns = new Dictionary<string, string?>(StringComparer.Ordinal);
        return new SchemaValidator(new Dictionary<string, JsonElement> { [Uri] = root }, Uri, root, patterns, false);
    }

    /// <summary>The validation of one document: the interpreter alone, or `check` first.</summary>
    private static SchemaValidation Validation(string schema, Func<JsonElement, bool>? check = null) => new SchemaValidation(new Lazy<SchemaValidator>(() => Validator(schema)), check);

    private static int ReadOnce(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        return SchemaRuntime.Read(ref reader, Positive, json => json.GetProperty("n").GetInt32());
    }

    private static void Add(string name, Action body) => Tests.Add((name, body));

    private static JsonElement Parse(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    /// <summary>The errors as the generated code reports them.</summary>
    private static List<SchemaIssue> Issues(SchemaValidator validator, string json)
    {
        var instance = Parse(json);
        var issues = validator.Validate(instance).Select(e => new SchemaIssue(e.InstanceLocation, e.KeywordLocation, e.Message)).ToList();
        Equal(issues.Count == 0, validator.IsValid(instance));
        return issues;
    }

    private static void OneIssue(SchemaValidator validator, string json, string pointer, string keywordLocation, string keyword, string message)
    {
        var issues = Issues(validator, json);
        if (issues.Count != 1) throw new Exception($"{json}: expected one issue, found {issues.Count}: {string.Join("; ", issues.Select(i => i.KeywordLocation + " " + i))}");
        Equal(pointer, issues[0].Pointer);
        Equal(keywordLocation, issues[0].KeywordLocation);
        Equal(keyword, issues[0].Keyword);
        Equal(message, issues[0].Message);
    }

    private static void Equal<T>(T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual)) throw new Exception($"expected {Show(expected)}, found {Show(actual)}");
    }

    private static string Show<T>(T value) => value is null ? "null" : JsonSerializer.Serialize(value);

    private static void True(bool condition, string what)
    {
        if (!condition) throw new Exception(what);
    }

    private static TException Throws<TException>(Func<object?> body) where TException : Exception
    {
        try
        {
            body();
        }
        catch (TException e)
        {
            return e;
        }
        throw new Exception($"expected {typeof(TException).Name}");
    }
}
