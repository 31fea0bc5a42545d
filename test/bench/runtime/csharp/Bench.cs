// The C# runtime benchmark's program (built and run by test/bench/runtime/csharp.mjs, which writes
// Inputs.g.cs beside it: per input, our generated code's entry points through an adapter compiled
// into that input's own assembly, and quicktype's plain classes with a source-generated
// JsonSerializerContext). One process, every input; per input, first the checks (each subject
// does the work: ours and JsonSchema.Net accept the input and reject its broken copy, ours'
// serialization reads back equal, quicktype's classes bind it), then each subject's warm-up, then
// rounds of a Stopwatch loop taken in turn across the input's subjects (a machine that slows down
// mid-way shifts them alike), batches sized so that a round is many batches.
// Results go to a sink so the JIT cannot drop the work. Prints one JSON document on stdout;
// progress goes to stderr.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SchemaCodegenBench;

/// <summary>One input's compiled-in code (Inputs.g.cs).</summary>
internal sealed record InputCode(
    string Name,
    Func<string, object> OursParse,
    Func<JsonElement, bool> OursIsValid,
    Func<object, string> OursSerialize,
    Func<string, object?> PlainParse,
    Func<object, string> PlainSerialize);

internal static partial class Program
{
    /// <summary>The sink: every operation's result lands here, so none is dead code.</summary>
    private static volatile object? sink;

    private static long sinkCount;

    private static int Main(string[] args)
    {
        try
        {
            Run(args[0]);
            return 0;
        }
        catch (CheckFailed e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"csharp benchmark FAILED: {e}");
            return 1;
        }
    }

    private static void Run(string planPath)
    {
        using var planDocument = JsonDocument.Parse(File.ReadAllText(planPath));
        var plan = planDocument.RootElement;
        var warmupMs = plan.GetProperty("warmupMs").GetInt32();
        var roundMs = plan.GetProperty("roundMs").GetInt32();
        var rounds = plan.GetProperty("rounds").GetInt32();
        var peerName = plan.GetProperty("jsonSchemaNet").GetString()!;
        var results = new JsonArray();
        var notes = new JsonArray();
        var checks = new JsonArray();

        foreach (var input in plan.GetProperty("inputs").EnumerateArray())
        {
            var name = input.GetProperty("name").GetString()!;
            var code = Inputs.All.Single(i => i.Name == name);
            var bytes = File.ReadAllBytes(input.GetProperty("file").GetString()!);
            var text = new UTF8Encoding(false, true).GetString(bytes);
            var broken = File.ReadAllText(input.GetProperty("broken").GetString()!);
            var schema = JsonSchema.FromText(File.ReadAllText(input.GetProperty("schema").GetString()!));
            var flag = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
            Console.Error.WriteLine($"csharp: {name} ({bytes.Length} bytes): checks");

            // --- checks: each subject does the work ---
            using var parsed = JsonDocument.Parse(text);
            using var parsedBroken = JsonDocument.Parse(broken);
            var element = parsed.RootElement;
            var brokenElement = parsedBroken.RootElement;

            object ours;
            try
            {
                ours = code.OursParse(text);
            }
            catch (JsonException e)
            {
                throw Failed($"{name}: ours rejects the input: {e.Message}");
            }
            if (!code.OursIsValid(element)) throw Failed($"{name}: ours' validator rejects the input");
            if (code.OursIsValid(brokenElement)) throw Failed($"{name}: ours accepts the broken copy (IsValid on the parsed JsonElement)");
            try
            {
                code.OursParse(broken);
                throw Failed($"{name}: ours accepts the broken copy");
            }
            catch (JsonException e) when (e.GetType().Name == "SchemaValidationException")
            {
                // The validator's rejection, as it must be (a binding error would not count).
            }
            var serialized = code.OursSerialize(ours);
            string? spelling;
            using (var back = JsonDocument.Parse(serialized))
            {
                // Equal as JSON (DeepEquals: numbers by value, as JSON Schema's equality), and whether
                // every value is spelled as in the input (string escapes, number digits).
                if (!JsonElement.DeepEquals(back.RootElement, element)) throw Failed($"{name}: ours' serialization does not read back equal to the input:\n{Head(serialized)}");
                spelling = Difference(element, back.RootElement, "");
            }
            checks.Add(new JsonObject { ["input"] = name, ["subject"] = "ours", ["accepts"] = true, ["rejectsInvalid"] = true, ["roundTrip"] = true, ["roundTripSameSpelling"] = spelling is null });
            if (spelling is not null) notes.Add($"{name}: ours' serialization is equal to the input as JSON, but spells a value differently (a string's escapes or a number's digits; {Encoding.UTF8.GetByteCount(serialized)} bytes written for {bytes.Length} read): {spelling}");
            if (!schema.Evaluate(element, flag).IsValid) throw Failed($"{name}: {peerName} rejects the input");
            if (schema.Evaluate(brokenElement, flag).IsValid) throw Failed($"{name}: {peerName} accepts the broken copy");
            checks.Add(new JsonObject { ["input"] = name, ["subject"] = "peer", ["name"] = peerName, ["accepts"] = true, ["rejectsInvalid"] = true });
            // quicktype's classes: a binder, not a validator; binding the input is required, rejecting
            // the broken copy and round-tripping are recorded.
            object plain;
            try
            {
                plain = code.PlainParse(text) ?? throw Failed($"{name}: quicktype's classes bind the input to null");
            }
            catch (Exception e) when (e is not CheckFailed)
            {
                throw Failed($"{name}: quicktype's classes do not bind the input: {e.Message}");
            }
            bool plainRoundTrips;
            string? plainDifference;
            using (var back = JsonDocument.Parse(code.PlainSerialize(plain)))
            {
                plainRoundTrips = JsonElement.DeepEquals(back.RootElement, element);
                plainDifference = plainRoundTrips ? null : Difference(element, back.RootElement, "");
            }
            bool plainRejects;
            try
            {
                code.PlainParse(broken);
                plainRejects = false;
            }
            catch (Exception)
            {
                plainRejects = true;
            }
            checks.Add(new JsonObject { ["input"] = name, ["subject"] = "peer", ["name"] = "quicktype", ["accepts"] = true, ["rejectsInvalid"] = plainRejects, ["roundTrip"] = plainRoundTrips });
            if (!plainRoundTrips) notes.Add($"{name}: quicktype's System.Text.Json classes bind the input, but their serialization is not equal to it (they need not round-trip): {plainDifference}");
            var serializedBytes = Encoding.UTF8.GetByteCount(serialized);

            // --- timing ---
            var subjects = new List<Subject>();
            void Time(string subject, string label, string operation, long measuredBytes, Func<object?> op, bool extra = false) =>
                subjects.Add(new Subject(subject, label, operation, measuredBytes, op, extra));

            Time("floor", "JsonDocument.Parse", "parse", bytes.Length, () =>
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.ValueKind;
            });
            Time("floor", "Utf8JsonReader (read every token)", "parse", bytes.Length, () =>
            {
                var reader = new Utf8JsonReader(bytes);
                long tokens = 0;
                while (reader.Read()) tokens++;
                return tokens;
            }, extra: true);
            Time("peer", peerName, "parse+validate", bytes.Length, () =>
            {
                using var document = JsonDocument.Parse(text);
                return schema.Evaluate(document.RootElement, flag).IsValid ? document : throw new Exception("invalid");
            });
            Time("peer", peerName, "validate", bytes.Length, () => schema.Evaluate(element, flag).IsValid ? schema : throw new Exception("invalid"), extra: true);
            Time("peer", "System.Text.Json source-generated plain class (quicktype)", "parse+bind", bytes.Length, () => code.PlainParse(text));
            Time("ours", "schema-codegen", "parse+validate+bind", bytes.Length, () => code.OursParse(text));
            Time("ours", "schema-codegen", "validate", bytes.Length, () => code.OursIsValid(element) ? element.ValueKind : throw new Exception("invalid"));
            Time("ours", "schema-codegen", "serialize", serializedBytes, () => code.OursSerialize(ours));
            TimeInTurn(name, subjects, warmupMs, roundMs, rounds, results);
        }

        var document = new JsonObject
        {
            ["language"] = "csharp",
            ["runtime"] = $"dotnet {Environment.Version}",
            ["checks"] = checks,
            ["results"] = results,
            ["notes"] = notes,
            ["settings"] = new JsonObject
            {
                ["build"] = "Release",
                ["tieredPGO"] = "default (on)",
                ["gc"] = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
                ["warmupMs"] = warmupMs,
                ["roundMs"] = roundMs,
                ["rounds"] = rounds,
                ["input"] = "a .NET string (UTF-16) for every subject but the Utf8JsonReader floor, which reads the UTF-8 bytes",
            },
            ["sink"] = sinkCount,
        };
        Console.Out.WriteLine(document.ToJsonString());
    }

    /// <summary>One timed subject of an input: what its row says, and the operation.</summary>
    private sealed record Subject(string Name, string Label, string Operation, long Bytes, Func<object?> Op, bool Extra)
    {
        public long Batch;
        public double WarmupMs;
        public bool Settled;
    }

    /// <summary>
    /// An input's subjects timed: each one's warm-up, then the rounds taken in turn across the
    /// subjects (round 1 of each, then round 2 of each, ...), so that a machine that slows down
    /// mid-way shifts them alike, as the TypeScript and Python runners do; a row per subject, its
    /// rate the median round.
    /// </summary>
    private static void TimeInTurn(string input, List<Subject> subjects, int warmupMs, int roundMs, int rounds, JsonArray results)
    {
        foreach (var s in subjects)
        {
            Console.Error.WriteLine($"csharp: {input}: {s.Name} {s.Label} {s.Operation} (warm-up)");
            WarmUp(s, warmupMs, roundMs);
        }
        Console.Error.WriteLine($"csharp: {input}: {rounds} rounds of {roundMs} ms, in turn across {subjects.Count} subjects");
        var perRound = subjects.Select(_ => new double[rounds]).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < subjects.Count; k++) perRound[k][round] = Round(subjects[k].Op, subjects[k].Batch, roundMs);
        }
        for (var k = 0; k < subjects.Count; k++)
        {
            var s = subjects[k];
            var sorted = perRound[k].OrderBy(x => x).ToArray();
            var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
            var row = new JsonObject
            {
                ["input"] = input,
                ["subject"] = s.Name,
                ["name"] = s.Label,
                ["operation"] = s.Operation,
                ["opsPerSec"] = median,
                ["bytesPerSec"] = median * s.Bytes,
                ["roundsOpsPerSec"] = new JsonArray(perRound[k].Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
            };
            row["warmupMs"] = Math.Round(s.WarmupMs);
            // Whether two warm-up probes in a row agreed within 5% (else the warm-up stopped at its cap).
            row["warmupSettled"] = s.Settled;
            // Beyond the contract's subjects: shown, but not for the ratios and targets.
            if (s.Extra) row["extra"] = true;
            results.Add(row);
        }
    }

    /// <summary>
    /// A subject's warm-up: warmupMs, then probes of half a round until two in a row agree within
    /// 5% (tiering has settled), at most 10 probes. Sets its batch: it grows until one takes about a
    /// 50th of a round, so that reading the clock costs nothing next to the work, and a round still
    /// holds many batches.
    /// </summary>
    private static void WarmUp(Subject s, int warmupMs, int roundMs)
    {
        long batch = 1;
        var warmup = Stopwatch.StartNew();
        while (warmup.ElapsedMilliseconds < warmupMs)
        {
            var started = warmup.Elapsed.TotalMilliseconds;
            for (long i = 0; i < batch; i++) Keep(s.Op());
            if (warmup.Elapsed.TotalMilliseconds - started < roundMs / 50.0) batch *= 2;
        }
        var previous = Round(s.Op, batch, roundMs / 2);
        var settled = false;
        for (var probe = 0; probe < 10 && !settled; probe++)
        {
            var current = Round(s.Op, batch, roundMs / 2);
            settled = Math.Abs(current - previous) <= 0.05 * Math.Max(current, previous);
            previous = current;
        }
        s.Batch = batch;
        s.WarmupMs = warmup.Elapsed.TotalMilliseconds;
        s.Settled = settled;
    }

    /// <summary>One round: batches until ms have passed; operations per second.</summary>
    private static double Round(Func<object?> op, long batch, int ms)
    {
        long count = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            for (long i = 0; i < batch; i++) Keep(op());
            count += batch;
        }
        while (watch.ElapsedMilliseconds < ms);
        return count / watch.Elapsed.TotalSeconds;
    }

    private static void Keep(object? value)
    {
        sink = value;
        sinkCount++;
    }

    /// <summary>A check that failed: the runner fails loudly, measuring nothing.</summary>
    private static Exception Failed(string message) => new CheckFailed($"check failed: {message}");

    private sealed class CheckFailed : Exception
    {
        public CheckFailed(string message) : base(message)
        {
        }
    }

    /// <summary>
    /// Where two JSON values first differ (a JSON pointer, and what differs there), or null when
    /// they are the same, number spellings included.
    /// </summary>
    private static string? Difference(JsonElement expected, JsonElement actual, string pointer)
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            return $"at {pointer}: the input has {Head(expected.GetRawText())}, the output {Head(actual.GetRawText())}";
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var other)) return $"at {pointer}/{property.Name}: missing in the output (the input has {Head(property.Value.GetRawText())})";
                    var inner = Difference(property.Value, other, $"{pointer}/{property.Name}");
                    if (inner is not null) return inner;
                }
                foreach (var property in actual.EnumerateObject())
                {
                    if (!expected.TryGetProperty(property.Name, out _)) return $"at {pointer}/{property.Name}: the output adds {Head(property.Value.GetRawText())}";
                }
                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var (a, b) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    var inner = Difference(a, b, $"{pointer}/{i++}");
                    if (inner is not null) return inner;
                }
                return expected.GetArrayLength() == actual.GetArrayLength() ? null : $"at {pointer}: {expected.GetArrayLength()} items in the input, {actual.GetArrayLength()} in the output";
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : $"at {pointer}: the input has {Head(expected.GetRawText())}, the output {Head(actual.GetRawText())}";
        }
    }

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Head(string text) => text.Length <= 2000 ? text : text.Substring(0, 2000) + "...";
}
