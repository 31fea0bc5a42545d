#nullable enable

using System;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime;

/// <summary>
/// The formats of 2020-12's format-assertion vocabulary, checked by hand against their RFCs
/// (dates and times RFC 3339, addresses RFC 2673/4291 and 5321, URIs RFC 3986/3987, hostnames RFC
/// 1123 and IDNA2008, JSON pointers RFC 6901): ASCII digits only (.NET's \d and char.IsDigit
/// take any script's), no culture. An unknown format is not checked (null). The same rules as the
/// other runtimes' formats, so that a format means the same in every language.
/// </summary>
internal static partial class SchemaFormats
{
    internal static Func<string, bool>? Check(string format)
    {
        switch (format)
        {
            case "date-time": return IsDateTime;
            case "date": return IsDate;
            case "time": return IsTime;
            case "duration": return IsDuration;
            case "email": return text => IsEmail(text, false);
            case "idn-email": return text => IsEmail(text, true);
            case "hostname": return IsHostname;
            case "idn-hostname": return IsIdnHostname;
            case "ipv4": return IsIpv4;
            case "ipv6": return IsIpv6;
            case "uri": return text => IsUri(text, false, false);
            case "uri-reference": return text => IsUri(text, true, false);
            case "iri": return text => IsUri(text, false, true);
            case "iri-reference": return text => IsUri(text, true, true);
            case "uri-template": return IsUriTemplate;
            case "uuid": return IsUuid;
            case "json-pointer": return IsJsonPointer;
            case "relative-json-pointer": return IsRelativeJsonPointer;
            case "regex": return IsRegex;
            default: return null;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    /// <summary>The number of exactly `count` ASCII digits at `at`, or -1.</summary>
    private static int Digits(string text, int at, int count)
    {
        if (at + count > text.Length) return -1;
        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            if (!IsDigit(text[i])) return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    private static bool IsDate(string text) => text.Length == 10 && IsFullDate(text, 0);

    private static bool IsFullDate(string text, int at)
    {
        var year = Digits(text, at, 4);
        var month = Digits(text, at + 5, 2);
        var day = Digits(text, at + 8, 2);
        if (year < 0 || month < 0 || day < 0 || text[at + 4] != '-' || text[at + 7] != '-') return false;
        if (month < 1 || month > 12 || day < 1) return false;
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        var days = month == 2 ? (leap ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        return day <= days;
    }

    private static bool IsDateTime(string text) => text.Length > 11 && IsFullDate(text, 0) && (text[10] == 'T' || text[10] == 't') && IsFullTime(text, 11);

    private static bool IsTime(string text) => IsFullTime(text, 0);

    /// <summary>partial-time time-offset; a leap second only at 23:59:60 UTC.</summary>
    private static bool IsFullTime(string text, int at)
    {
        var hour = Digits(text, at, 2);
        var minute = Digits(text, at + 3, 2);
        var second = Digits(text, at + 6, 2);
        if (hour < 0 || minute < 0 || second < 0 || text[at + 2] != ':' || text[at + 5] != ':') return false;
        if (hour > 23 || minute > 59 || second > 60) return false;
        var i = at + 8;
        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && IsDigit(text[i])) i++;
            if (i == start) return false;
        }
        if (i >= text.Length) return false;
        var offset = 0;
        if (text[i] == 'Z' || text[i] == 'z')
        {
            if (i + 1 != text.Length) return false;
        }
        else if (text[i] == '+' || text[i] == '-')
        {
            var offsetHour = Digits(text, i + 1, 2);
            var offsetMinute = Digits(text, i + 4, 2);
            if (i + 6 != text.Length || offsetHour < 0 || offsetMinute < 0 || text[i + 3] != ':' || offsetHour > 23 || offsetMinute > 59) return false;
            offset = (text[i] == '+' ? 1 : -1) * (offsetHour * 60 + offsetMinute);
        }
        else return false;
        if (second < 60) return true;
        var utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }

    private const string DurationTime = "T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)";

    /// <summary>RFC 3339 appendix A: Y [M [D]], M [D] or D, then an optional time of H [M [S]], M [S] or S; or weeks alone.</summary>
    private static readonly Regex Duration = new Regex(
        "^P(?:(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)(?:" + DurationTime + ")?|" + DurationTime + "|[0-9]+W)\\z",
        RegexOptions.CultureInvariant);

    private static bool IsDuration(string text) => Duration.IsMatch(text);

    internal static bool IsIpv4(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4) return false;
        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Length > 3 || (part.Length > 1 && part[0] == '0')) return false;
            var value = Digits(part, 0, part.Length);
            if (value < 0 || value > 255) return false;
        }
        return true;
    }

    /// <summary>RFC 4291 section 2.2: eight groups, one "::" for a run of zeros, an IPv4 tail for the last two; no zone.</summary>
    internal static bool IsIpv6(string text)
    {
        var compressed = text.IndexOf("::", StringComparison.Ordinal);
        if (compressed >= 0 && text.IndexOf("::", compressed + 1, StringComparison.Ordinal) >= 0) return false;
        var groups = 0;
        var parts = compressed >= 0 ? new[] { text.Substring(0, compressed), text.Substring(compressed + 2) } : new[] { text };
        for (var p = 0; p < parts.Length; p++)
        {
            if (parts[p].Length == 0) continue;
            var pieces = parts[p].Split(':');
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                var last = p == parts.Length - 1 && i == pieces.Length - 1;
                if (last && piece.IndexOf('.') >= 0)
                {
                    if (!IsIpv4(piece)) return false;
                    groups += 2;
                    continue;
                }
                if (piece.Length == 0 || piece.Length > 4) return false;
                foreach (var c in piece)
                {
                    if (!IsHex(c)) return false;
                }
                groups++;
            }
        }
        return compressed >= 0 ? groups < 8 : groups == 8;
    }

    private static bool IsUuid(string text)
    {
        if (text.Length != 36) return false;
        for (var i = 0; i < 36; i++)
        {
            var dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? text[i] != '-' : !IsHex(text[i])) return false;
        }
        return true;
    }

    private static bool IsJsonPointer(string text)
    {
        if (text.Length > 0 && text[0] != '/') return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 == text.Length || (text[i + 1] != '0' && text[i + 1] != '1'))) return false;
        }
        return true;
    }

    /// <summary>A non-negative integer (no leading zero), then "#" or a JSON pointer.</summary>
    private static bool IsRelativeJsonPointer(string text)
    {
        var i = 0;
        while (i < text.Length && IsDigit(text[i])) i++;
        if (i == 0 || (i > 1 && text[0] == '0')) return false;
        var rest = text.Substring(i);
        return rest == "#" || IsJsonPointer(rest);
    }

    /// <summary>
    /// ECMA-262 syntax, approximately: .NET's parser accepts it, less the .NET-only escapes (\a \e
    /// \A \Z \z \G) and groups (comments, atomic groups, conditionals, inline options).
    /// </summary>
    private static bool IsRegex(string text)
    {
        var dotnet = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if ("aeAZzG".IndexOf(text[i + 1]) >= 0) return false;
                dotnet.Append(text, i++, 2);
            }
            else if (text[i] == '(' && i + 2 < text.Length && text[i + 1] == '?' && "#>(imnsx-".IndexOf(text[i + 2]) >= 0) return false;
            else if (string.CompareOrdinal(text, i, "[]", 0, 2) == 0)
            {
                dotnet.Append("(?!)"); // ECMA's empty class matches nothing; .NET has no such class
                i++;
            }
            else if (string.CompareOrdinal(text, i, "[^]", 0, 3) == 0)
            {
                dotnet.Append("[\\s\\S]");
                i += 2;
            }
            else dotnet.Append(text[i]);
        }
        try
        {
            _ = new Regex(dotnet.ToString(), RegexOptions.CultureInvariant, SchemaPattern.MatchTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
