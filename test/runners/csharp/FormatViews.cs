// The native views of formatted values, used as a user would (test/csharp-formats.test.ts compiles
// it with the formats golden's schema rendered three ways: Formats.Views by default, Formats.Plain
// with csharp.nativeFormats=false, Formats.Edges from the test's own schema). Prints one
// "key: value" line per check; the test asserts each. args[0]: test/cases/formats/samples.json.

#nullable enable

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Formats.Views;

internal static class FormatViews
{
    private static int Main(string[] args)
    {
        using var samples = JsonDocument.Parse(File.ReadAllText(args[0]));
        var valid = samples.RootElement.GetProperty("valid");

        var record = JsonSerializer.Deserialize<Record>(valid[1].GetProperty("json").GetRawText())!;
        var created = record.CreatedAtDateTime;
        Print("created", $"{created.Year} {created.Month} {created.Day} {created.Hour} {created.Minute} {created.Second} {created.Ticks % TimeSpan.TicksPerSecond} {created.Offset}");
        Print("updated", Text(record.UpdatedAtDateTime));
        Print("deleted", record.DeletedAtDateTime is null ? "null" : "not null");
        Print("id", record.IdGuid.ToString("D"));
        Print("birthday", $"{record.BirthdayDate?.Year} {record.BirthdayDate?.Month} {record.BirthdayDate?.Day}");
        Print("homepage", $"{record.HomepageUri?.Scheme} {record.HomepageUri?.Host} {record.HomepageUri?.PathAndQuery} {record.HomepageUri?.Fragment}");
        Print("expires", Text(record.ExpiresAtDateTime));
        Print("round trip", JsonSerializer.Serialize(record));

        var bad = JsonSerializer.Deserialize<Record>(valid[2].GetProperty("json").GetRawText())!;
        Print("bad created", Error(() => bad.CreatedAtDateTime));
        Print("bad id", Error(() => bad.IdGuid));
        Print("bad birthday", Error(() => bad.BirthdayDate));
        Print("bad homepage", Error(() => bad.HomepageUri));
        Print("bad expires", Text(bad.ExpiresAtDateTime));
        Print("bad round trip", JsonSerializer.Serialize(bad));
        Print("leap second", Error(() => new Record("x", "1990-12-31T23:59:60Z").CreatedAtDateTime));

        var set = new Record("123e4567-e89b-12d3-a456-426614174000", "2024-01-01T10:00:00Z");
        set.UpdatedAtDateTime = new DateTimeOffset(2024, 3, 1, 8, 30, 0, TimeSpan.FromHours(-5));
        set.DeletedAtDateTime = null;
        set.BirthdayDate = new DateOnly(999, 12, 31);
        set.HomepageUri = new Uri("https://example.com/a b?c=d");
        set.ExpiresAtDateTime = DateTimeOffset.FromUnixTimeSeconds(1700000000).AddMilliseconds(999);
        Print("set", set.ToJsonString());
        set.UpdatedAtDateTime = new DateTimeOffset(2024, 3, 1, 8, 30, 0, TimeSpan.Zero).AddTicks(1_234_500);
        Print("set fraction", set.UpdatedAt ?? "null");
        set.UpdatedAtDateTime = null;
        set.HomepageUri = null;
        set.ExpiresAtDateTime = null;
        Print("set null", set.ToJsonString());
        Print("relative uri", Error(() => set.HomepageUri = new Uri("a/b", UriKind.Relative)));

        Print("plain", string.Join(" ", Properties(typeof(Formats.Plain.Record))));
        var views = Properties(typeof(Record)).Where(p => typeof(Record).GetProperty(p)!.GetCustomAttribute<JsonIgnoreAttribute>() != null).ToArray();
        Print("views", string.Join(" ", views));
        Print("read-only", string.Join(" ", views.Where(p => typeof(Record).GetProperty(p)!.SetMethod == null)));

        var edges = JsonSerializer.Deserialize<Formats.Edges.Edges>("{\"t64\": 86400, \"ref\": null}")!;
        Print("edges read", $"{Text(edges.T64DateTime)} {Text(edges.SinceDateTime)} {(edges.RefGuid is null ? "null" : "not null")} {Text(edges.T32DateTime)}");
        edges.T32DateTime = new DateTimeOffset(2038, 1, 19, 3, 14, 7, TimeSpan.Zero);
        edges.SinceDateTime = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(2));
        Print("edges set", edges.ToJsonString());
        Print("edges overflow", Error(() => edges.T32DateTime = new DateTimeOffset(2038, 1, 19, 3, 14, 8, TimeSpan.Zero)));
        Print("edges members", string.Join(" ", Properties(typeof(Formats.Edges.Edges))));
        Print("edges owner", string.Join(" ", Properties(typeof(Formats.Edges.WhenDateTime))));
        return 0;
    }

    private static void Print(string key, string value) => Console.Out.WriteLine($"{key}: {value}");

    private static string Text(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture) ?? "null";

    private static string Error(Func<object?> body)
    {
        try
        {
            return $"no error: {body()}";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string[] Properties(Type type) => type.GetProperties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
