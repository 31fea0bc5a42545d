// Unit tests of the C# runtime (templates/csharp/runtime/*.cs), compiled with it as it is, in its
// own namespace, by test/runtime/csharp.test.ts. A plain console: each test prints "pass <name>"
// or "fail <name>: <why>"; the exit code is the number of failures.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using OpenAI.Realtime;

internal static class RuntimeTests
{
    private static readonly List<(string Name, Action Body)> Tests = new List<(string, Action)>();

    private static int Main()
    {
        Add("string counts code points, not UTF-16 units", () =>
        {
            var check = SchemaChecks.String(minLength: 2, maxLength: 2);
            NoIssues(check, "\"\\ud83d\\ude00\\ud83d\\ude00\"");
            OneIssue(check, "\"abc\"", "", "maxLength", "must NOT have more than 2 characters");
            OneIssue(check, "\"\\ud83d\\ude00\"", "", "minLength", "must NOT have fewer than 2 characters");
            OneIssue(check, "7", "", "type", "must be string");
        });
        Add("pattern accepts and rejects, naming the schema's source", () =>
        {
            var check = SchemaChecks.String(pattern: "^a+$", patternSource: "^a+$");
            NoIssues(check, "\"aaa\"");
            OneIssue(check, "\"ab\"", "", "pattern", "must match pattern \"^a+$\"");
        });
        Add("pattern that runs out of time is no match, after about the timeout", () =>
        {
            Equal(TimeSpan.FromSeconds(1), SchemaChecks.MatchTimeout);
            var check = SchemaChecks.String(pattern: "^(\\w+\\s?)*$", patternSource: "evil");
            var watch = Stopwatch.StartNew();
            OneIssue(check, JsonSerializer.Serialize(new string('a', 5000) + "!"), "", "pattern", "must match pattern \"evil\"");
            watch.Stop();
            True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"returned after {watch.Elapsed}: the timeout was not the reason");
            True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        });
        Add("integer: 1.0 is one, 1.5 is not, bounds with their messages", () =>
        {
            var check = SchemaChecks.Integer(minimum: 0, exclusiveMaximum: 10);
            NoIssues(check, "1.0");
            NoIssues(check, "0");
            OneIssue(check, "1.5", "", "type", "must be integer");
            OneIssue(check, "\"1\"", "", "type", "must be integer");
            OneIssue(check, "-1", "", "minimum", "must be >= 0");
            OneIssue(check, "10", "", "exclusiveMaximum", "must be < 10");
            OneIssue(check, "1e400", "", "type", "must be integer");
        });
        Add("number: beyond double range is infinite, as JavaScript reads it", () =>
        {
            var check = SchemaChecks.Number(maximum: 1.5, exclusiveMinimum: -2.5);
            NoIssues(check, "1.5");
            OneIssue(check, "1e400", "", "maximum", "must be <= 1.5");
            OneIssue(check, "-1e400", "", "exclusiveMinimum", "must be > -2.5");
            OneIssue(check, "true", "", "type", "must be number");
        });
        Add("const and enum with Ajv's messages", () =>
        {
            OneIssue(SchemaChecks.Const("a b"), "\"x\"", "", "const", "must be equal to constant \"a b\"");
            NoIssues(SchemaChecks.Const(2.0), "2");
            NoIssues(SchemaChecks.Const(true), "true");
            OneIssue(SchemaChecks.Const(false), "true", "", "const", "must be equal to constant false");
            NoIssues(SchemaChecks.Enum("a", "b"), "\"b\"");
            OneIssue(SchemaChecks.Enum("a", "b"), "\"c\"", "", "enum", "must be equal to one of the allowed values: \"a\", \"b\"");
            OneIssue(SchemaChecks.Enum(1.0, 2.5), "3", "", "enum", "must be equal to one of the allowed values: 1, 2.5");
            NoIssues(SchemaChecks.Enum(true), "true");
            OneIssue(SchemaChecks.Enum(true), "false", "", "enum", "must be equal to one of the allowed values: true");
        });
        Add("object: required at the object, escaped child pointers, additional properties", () =>
        {
            var inner = SchemaChecks.Object(null, SchemaChecks.Property("id", true, SchemaChecks.String()));
            var outer = SchemaChecks.Object(SchemaChecks.Any, SchemaChecks.Property("a/b~c", true, inner), SchemaChecks.Property("n", false, SchemaChecks.Integer()));
            NoIssues(outer, "{\"a/b~c\": {\"id\": \"x\"}, \"other\": [1]}");
            OneIssue(outer, "{\"a/b~c\": {}}", "/a~1b~0c", "required", "must have required property 'id'");
            OneIssue(outer, "{\"a/b~c\": {\"id\": \"x\", \"extra\": 1}}", "/a~1b~0c", "additionalProperties", "must NOT have additional property 'extra'");
            OneIssue(outer, "{\"a/b~c\": {\"id\": 1}}", "/a~1b~0c/id", "type", "must be string");
            OneIssue(outer, "{}", "", "required", "must have required property 'a/b~c'");
            OneIssue(outer, "[]", "", "type", "must be object");
            var typed = SchemaChecks.Object(SchemaChecks.Boolean);
            OneIssue(typed, "{\"ok\": true, \"bad\": 1}", "/bad", "type", "must be boolean");
        });
        Add("array and map: item pointers and counts", () =>
        {
            var array = SchemaChecks.Array(SchemaChecks.Integer(), minItems: 1, maxItems: 2);
            NoIssues(array, "[1, 2]");
            OneIssue(array, "[1, \"x\"]", "/1", "type", "must be integer");
            OneIssue(array, "[]", "", "minItems", "must NOT have fewer than 1 items");
            OneIssue(array, "[1, 2, 3]", "", "maxItems", "must NOT have more than 2 items");
            var map = SchemaChecks.Map(SchemaChecks.Null);
            NoIssues(map, "{\"a\": null}");
            OneIssue(map, "{\"a\": null, \"~\": 0}", "/~0", "type", "must be null");
        });
        Add("nullable lets null through and checks the rest", () =>
        {
            var check = SchemaChecks.Nullable(SchemaChecks.String());
            NoIssues(check, "null");
            NoIssues(check, "\"x\"");
            OneIssue(check, "1", "", "type", "must be string");
        });
        Add("oneOf and anyOf: none, one, both", () =>
        {
            var oneOf = SchemaChecks.OneOf(SchemaChecks.Integer(), SchemaChecks.Number());
            NoIssues(oneOf, "1.5");
            OneIssue(oneOf, "1", "", "oneOf", "must match exactly one schema in oneOf");
            var none = Check(oneOf, "\"x\"");
            Equal("type,type,oneOf", string.Join(",", none.Select(i => i.Keyword)));
            var anyOf = SchemaChecks.AnyOf(SchemaChecks.Integer(), SchemaChecks.Number());
            NoIssues(anyOf, "1");
            Equal("must match a schema in anyOf", Check(anyOf, "null").Last().Message);
        });
        Add("discriminated: picks the variant by the tag", () =>
        {
            var a = SchemaChecks.Object(null, SchemaChecks.Property("type", true, SchemaChecks.Const("a")), SchemaChecks.Property("n", true, SchemaChecks.Integer()));
            var check = SchemaChecks.Discriminated("type", SchemaChecks.Tag("a", a), SchemaChecks.Tag("b", SchemaChecks.Any));
            NoIssues(check, "{\"type\": \"a\", \"n\": 1}");
            NoIssues(check, "{\"type\": \"b\", \"n\": \"anything\"}");
            OneIssue(check, "{\"type\": \"a\", \"n\": \"x\"}", "/n", "type", "must be integer");
            OneIssue(check, "{\"type\": \"c\"}", "", "discriminator", "value of tag \"type\" must be in oneOf, found \"c\"");
            OneIssue(check, "{\"type\": 1}", "", "discriminator", "tag \"type\" must be string");
            OneIssue(check, "1", "", "type", "must be object");
        });
        Add("parse binds, serialize writes back: a JSON value round trip", () =>
        {
            const string json = "{\"a\":[1,2.5,\"x\",null,{\"b\":true}],\"\\u00E9\":{}}";
            var map = SchemaRuntime.Parse(json, SchemaChecks.Map(SchemaChecks.Any), SchemaRuntime.ReadMap(SchemaRuntime.ReadElement));
            Equal(2, map.Count);
            var again = SchemaRuntime.Serialize(map, SchemaRuntime.WriteMap<JsonElement>(SchemaRuntime.WriteElement));
            Equal(json, again);
            var list = SchemaRuntime.Parse("[[1,null],null]", SchemaChecks.Any, SchemaRuntime.ReadArray(SchemaRuntime.ReadNullable(SchemaRuntime.ReadArray(SchemaRuntime.ReadNullableValue(SchemaRuntime.ReadInt64)))));
            Equal(2, list.Count);
            Equal(null, list[1]);
            Equal("[[1,null],null]", SchemaRuntime.Serialize(list, SchemaRuntime.WriteArray(SchemaRuntime.WriteNullable(SchemaRuntime.WriteArray<long?>(SchemaRuntime.WriteNullableValue<long>(SchemaRuntime.WriteInt64))))));
        });
        Add("readers: integral numbers written as 2.0, out of range refused", () =>
        {
            Equal(2L, SchemaRuntime.Parse("2.0", SchemaChecks.Integer(), SchemaRuntime.ReadInt64));
            Equal(-3, SchemaRuntime.Parse("-3e0", SchemaChecks.Integer(), SchemaRuntime.ReadInt32));
            var error = Throws<JsonException>(() => SchemaRuntime.Parse("3e9", SchemaChecks.Integer(), SchemaRuntime.ReadInt32));
            Equal("3e9 is out of range here", error.Message);
            Equal("x\u00e9", SchemaRuntime.Parse("\"x\\u00e9\"", SchemaChecks.String(), SchemaRuntime.ReadString));
            Equal(true, SchemaRuntime.Parse("true", SchemaChecks.Boolean, SchemaRuntime.ReadBoolean));
            Equal(0.5, SchemaRuntime.Parse("0.5", SchemaChecks.Number(), SchemaRuntime.ReadDouble));
        });
        Add("BigInteger: any integral JSON number, read exactly and written in digits", () =>
        {
            string Trip(string json) => SchemaRuntime.Serialize(SchemaRuntime.Parse(json, SchemaChecks.Integer(), SchemaRuntime.ReadBigInteger), SchemaRuntime.WriteBigInteger);
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
            // Digits a double cannot keep: the check reads 1 (an integer, as Ajv does), so does the reader.
            Equal("1", Trip("1.00000000000000000001"));
            Equal("0", Trip("1e-400"));
            Throws<SchemaValidationException>(() => Trip("1e400"));
            Throws<SchemaValidationException>(() => Trip("2.5"));
        });
        Add("Read from a Utf8JsonReader checks before binding", () =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes("{\"n\": -1}");
            var error = Throws<SchemaValidationException>(() => ReadOnce(bytes));
            Equal("/n", error.Pointer);
            var ok = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes("{\"n\": 4}"));
            ok.Read();
            var value = SchemaRuntime.Read(ref ok, Positive, json => json.GetProperty("n").GetInt32());
            Equal(4, value);
            True(SchemaRuntime.Matches(Positive, Parse("{\"n\": 0}")), "0 matches");
            True(!SchemaRuntime.Matches(Positive, Parse("{\"n\": -1}")), "-1 does not match");
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
            var check = SchemaChecks.Object(null, SchemaChecks.Property("a", true, SchemaChecks.String()), SchemaChecks.Property("b", true, SchemaChecks.Integer(minimum: 0)));
            var error = Throws<SchemaValidationException>(() => SchemaRuntime.Parse("{\"b\": -1, \"c\": 0}", check, json => json));
            Equal("(root): must have required property 'a' (required)", error.Message);
            Equal("", error.Pointer);
            Equal("required", error.Keyword);
            Equal("required,minimum,additionalProperties", string.Join(",", error.Issues.Select(i => i.Keyword)));
            Equal("/b: must be >= 0 (minimum)", error.Issues[1].ToString());
            True(error is JsonException, "a JsonException, as System.Text.Json callers catch");
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

    private static readonly SchemaCheck Positive = SchemaChecks.Object(null, SchemaChecks.Property("n", true, SchemaChecks.Integer(minimum: 0)));

    private static int ReadOnce(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        return SchemaRuntime.Read(ref reader, Positive, json => json.GetProperty("n").GetInt32());
    }

    private static void Add(string name, Action body) => Tests.Add((name, body));

    private static JsonElement Parse(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    private static List<SchemaIssue> Check(SchemaCheck check, string json)
    {
        var issues = new List<SchemaIssue>();
        check(Parse(json), "", issues);
        return issues;
    }

    private static void NoIssues(SchemaCheck check, string json)
    {
        var issues = Check(check, json);
        if (issues.Count > 0) throw new Exception($"{json}: expected no issue, found {string.Join("; ", issues)}");
    }

    private static void OneIssue(SchemaCheck check, string json, string pointer, string keyword, string message)
    {
        var issues = Check(check, json);
        if (issues.Count != 1) throw new Exception($"{json}: expected one issue, found {issues.Count}: {string.Join("; ", issues)}");
        Equal(pointer, issues[0].Pointer);
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
