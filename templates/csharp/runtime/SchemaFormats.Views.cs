#nullable enable

using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace OpenAI.Realtime;

// The native views of formatted values: a generated class keeps a formatted property's JSON value
// as it came (a format is an annotation: "not a date-time" is valid and written back unchanged),
// and its view (CreatedAtDateTime beside CreatedAt) converts that value here when read, and
// stores canonical text or seconds when set. A view reads what the format's check above accepts,
// less what the .NET type cannot hold (a leap second, year 0000, an offset beyond 14 hours).
internal static partial class SchemaFormats
{
    /// <summary>An RFC 3339 date-time, "t" and "z" in either case; digits beyond 100 ns are dropped.</summary>
    internal static DateTimeOffset ReadDateTime(string text, string property)
    {
        if (!IsDateTime(text)) throw NotReadable(property, text, "is not an RFC 3339 date-time");
        var second = Digits(text, 17, 2);
        if (second == 60) throw NotReadable(property, text, "is a leap second, which DateTimeOffset cannot hold");
        var i = 19;
        var ticks = 0L;
        if (text[i] == '.')
        {
            var scale = TimeSpan.TicksPerSecond;
            for (i++; IsDigit(text[i]); i++)
            {
                scale /= 10;
                ticks += (text[i] - '0') * scale;
            }
        }
        var offset = text[i] == 'Z' || text[i] == 'z' ? 0 : (text[i] == '+' ? 1 : -1) * (Digits(text, i + 1, 2) * 60 + Digits(text, i + 4, 2));
        if (Math.Abs(offset) > 14 * 60) throw NotReadable(property, text, "has an offset beyond the 14 hours DateTimeOffset holds");
        try
        {
            var whole = new DateTimeOffset(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), Digits(text, 11, 2), Digits(text, 14, 2), second, TimeSpan.FromMinutes(offset));
            return whole.AddTicks(ticks);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw NotReadable(property, text, "is outside the years 0001 to 9999 that DateTimeOffset holds");
        }
    }

    /// <summary>RFC 3339 with the value's offset, the fraction of a second only when there is one.</summary>
    internal static string DateTimeText(DateTimeOffset value) => value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    internal static DateOnly ReadDate(string text, string property)
    {
        if (!IsDate(text)) throw NotReadable(property, text, "is not an RFC 3339 full-date (yyyy-MM-dd)");
        var year = Digits(text, 0, 4);
        if (year == 0) throw NotReadable(property, text, "is outside the years 0001 to 9999 that DateOnly holds");
        return new DateOnly(year, Digits(text, 5, 2), Digits(text, 8, 2));
    }

    internal static string DateText(DateOnly value) => value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    internal static Guid ReadGuid(string text, string property)
    {
        if (!IsUuid(text)) throw NotReadable(property, text, "is not a UUID");
        return Guid.ParseExact(text, "D");
    }

    internal static string GuidText(Guid value) => value.ToString("D");

    internal static Uri ReadUri(string text, string property)
    {
        if (!IsUri(text, false, false)) throw NotReadable(property, text, "is not an absolute URI (RFC 3986)");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) throw NotReadable(property, text, "is a URI that System.Uri does not read");
        return uri;
    }

    /// <summary>The absolute URI, escaped as RFC 3986 has it; the format "uri" has no relative ones.</summary>
    internal static string UriText(Uri value, string property)
    {
        if (!value.IsAbsoluteUri) throw new ArgumentException($"property {Quoted(property)}: {Quoted(value.OriginalString)} is a relative URI, and the format \"uri\" is an absolute one", nameof(value));
        return value.AbsoluteUri;
    }

    // DateTimeOffset.MinValue and MaxValue in Unix seconds.
    private const long MinUnixSeconds = -62135596800L;
    private const long MaxUnixSeconds = 253402300799L;

    internal static DateTimeOffset ReadUnixTime(long seconds, string property)
    {
        if (seconds < MinUnixSeconds || seconds > MaxUnixSeconds) throw OutsideUnixTime(property, seconds.ToString(CultureInfo.InvariantCulture));
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    internal static DateTimeOffset ReadUnixTime(BigInteger seconds, string property)
    {
        if (seconds < MinUnixSeconds || seconds > MaxUnixSeconds) throw OutsideUnixTime(property, seconds.ToString(CultureInfo.InvariantCulture));
        return DateTimeOffset.FromUnixTimeSeconds((long)seconds);
    }

    /// <summary>Whole seconds since the Unix epoch (a fraction of a second is dropped, towards the past).</summary>
    internal static long UnixTimeSeconds(DateTimeOffset value) => value.ToUnixTimeSeconds();

    /// <summary>For a property the schema bounds to an int: what does not fit is an OverflowException.</summary>
    internal static int UnixTimeSeconds32(DateTimeOffset value, string property)
    {
        var seconds = value.ToUnixTimeSeconds();
        if (seconds < int.MinValue || seconds > int.MaxValue) throw new OverflowException($"property {Quoted(property)}: {DateTimeText(value)} is {seconds} seconds since the Unix epoch, which does not fit its int");
        return (int)seconds;
    }

    private static FormatException NotReadable(string property, string text, string why) => new FormatException($"property {Quoted(property)}: {Quoted(text)} {why}");

    private static FormatException OutsideUnixTime(string property, string seconds) =>
        new FormatException($"property {Quoted(property)}: {seconds} seconds since the Unix epoch is outside the years 0001 to 9999 that DateTimeOffset holds");

    /// <summary>Text in double quotes, its quotes, backslashes and control characters escaped as JSON does.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c == '"' || c == '\\') quoted.Append('\\').Append(c);
            else if (c < ' ') quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
