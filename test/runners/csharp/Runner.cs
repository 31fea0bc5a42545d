// C# conformance runner (the protocol in test/helpers/protocol.ts): JSON Lines on stdin, one JSON
// line out per input. Registry.cs (written by test/runners/csharp.ts) maps (unit, $defs name) to
// the generated code's public API: JsonSerializer.Deserialize<T> then Serialize, or an alias's
// FromJsonString / ToJsonString. A rejection is the SchemaValidationException of the unit's namespace.

using System;
using System.Text;
using System.Text.Json;

internal static class ConformanceRunner
{
    private static int Main()
    {
        var output = new StringBuilder();
        string? line;
        while ((line = Console.In.ReadLine()) != null)
        {
            if (line.Trim().Length == 0) continue;
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var unit = root.TryGetProperty("case", out var key) ? key.GetString()! : Registry.FirstUnit;
            var schema = root.GetProperty("schema").GetString()!;
            output.Append(Run(unit, schema, root.GetProperty("json").GetRawText())).Append('\n');
        }
        Console.Out.Write(output.ToString());
        return 0;
    }

    private static string Run(string unit, string schema, string json)
    {
        try
        {
            return "{\"ok\":true,\"json\":" + Registry.RoundTrip(unit, schema, json) + "}";
        }
        catch (JsonException error) when (error.GetType().Name == "SchemaValidationException")
        {
            return Rejected(Read(error, "Pointer"), Read(error, "Keyword"), error.Message);
        }
        catch (Exception error)
        {
            return Rejected("", "exception", error.GetType().Name + ": " + error.Message);
        }
    }

    private static string Read(Exception error, string property) => (string)error.GetType().GetProperty(property)!.GetValue(error)!;

    private static string Rejected(string pointer, string keyword, string message) =>
        "{\"ok\":false,\"pointer\":" + JsonSerializer.Serialize(pointer) + ",\"keyword\":" + JsonSerializer.Serialize(keyword) + ",\"message\":" + JsonSerializer.Serialize(message) + "}";
}
