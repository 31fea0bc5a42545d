// Runs the JSON-Schema-Test-Suite jobs (test/helpers/suite.ts, SuiteJob) through the runtime's
// SchemaValidator: reads the jobs file named by the first argument, prints one answer line per
// job. A job whose schema does not compile is answered "refused"; nothing else stops the run.
// Every instance is checked both ways: IsValid, and Validate with its errors (the test compares
// the two). A job may name "at", a URI (resolved against the root) of the schema to validate
// against instead of the root. With "--resolve" it resolves URI references instead (stdin: one
// "base reference" pair per line). Runs on a thread with a large stack so that deep instances do not overflow.

#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using OpenAI.Realtime;

internal static class SuiteRunner
{
    private static int Main(string[] args)
    {
        var code = 0;
        var thread = new Thread(() => code = Run(args[0]), 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return code;
    }

    private static int Run(string jobsPath)
    {
        if (jobsPath == "--resolve")
        {
            // One "base reference" pair per line on stdin: prints each resolved (SchemaUris.Resolve).
            string? pair;
            while ((pair = Console.ReadLine()) != null)
            {
                var space = pair.IndexOf(' ');
                Console.WriteLine(SchemaUris.Resolve(pair.Substring(0, space), pair.Substring(space + 1)));
            }
            return 0;
        }
        var lines = File.ReadAllLines(jobsPath, Encoding.UTF8);
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var document in JsonDocument.Parse(lines[0]).RootElement.GetProperty("documents").EnumerateObject()) documents[document.Name] = document.Value;
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var job = JsonDocument.Parse(lines[i]).RootElement;
            output.WriteLine(Answer(job, documents));
        }
        return 0;
    }

    private static string Answer(JsonElement job, Dictionary<string, JsonElement> documents)
    {
        var id = job.GetProperty("id").GetString()!;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            SchemaValidator validator;
            try
            {
                var patterns = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var p in job.GetProperty("patterns").EnumerateObject()) patterns[p.Name] = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString();
                validator = new SchemaValidator(documents, job.GetProperty("root").GetString()!, job.GetProperty("schema"), patterns, job.GetProperty("formatAssertion").GetBoolean());
                // Not in the suite's jobs: the contract cases validate against a schema inside the root by URI, as the models will.
                if (job.TryGetProperty("at", out var at)) validator = validator.At(at.GetString()!);
            }
            catch (Exception e)
            {
                writer.WriteString("refused", e is SchemaCompileException ? e.Message : e.ToString());
                writer.WriteEndObject();
                writer.Flush();
                return Encoding.UTF8.GetString(stream.ToArray());
            }
            writer.WriteStartArray("results");
            foreach (var instance in job.GetProperty("instances").EnumerateArray()) Result(writer, validator, instance);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Result(Utf8JsonWriter writer, SchemaValidator validator, JsonElement instance)
    {
        writer.WriteStartObject();
        try
        {
            var valid = validator.IsValid(instance);
            var errors = validator.Validate(instance);
            writer.WriteBoolean("valid", valid);
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                writer.WriteStartObject();
                writer.WriteString("instanceLocation", error.InstanceLocation);
                writer.WriteString("keywordLocation", error.KeywordLocation);
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        catch (Exception e)
        {
            // Reported as a wrong answer with the reason, never a crash of the whole run.
            writer.WriteBoolean("valid", false);
            writer.WriteStartArray("errors");
            writer.WriteEndArray();
            writer.WriteString("crash", e.ToString());
        }
        writer.WriteEndObject();
    }
}
