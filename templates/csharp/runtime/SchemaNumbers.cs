#nullable enable

using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>
/// A JSON number exactly as written: sign, digits without trailing zeros, and a power of ten.
/// Comparisons and multipleOf work on these, never on doubles, so 0.0075 is a multiple of 0.0001
/// and 1e308 or 1e400 neither round nor overflow.
/// </summary>
internal readonly struct SchemaNumber
{
    private SchemaNumber(int sign, BigInteger digits, long exponent, int digitCount)
    {
        Sign = sign;
        Digits = digits;
        Exponent = exponent;
        DigitCount = digitCount;
    }

    /// <summary>-1, 0 or 1.</summary>
    internal int Sign { get; }

    /// <summary>The magnitude's digits, no trailing zeros (0 for zero).</summary>
    internal BigInteger Digits { get; }

    /// <summary>The value is Sign * Digits * 10^Exponent.</summary>
    internal long Exponent { get; }

    internal int DigitCount { get; }

    /// <summary>1.0 is an integer: only the value counts.</summary>
    internal bool IsInteger => Sign == 0 || Exponent >= 0;

    /// <summary>The number of a JSON number element (its raw text is JSON's number grammar).</summary>
    internal static SchemaNumber Of(JsonElement number)
    {
        if (number.TryGetInt64(out var small)) return OfInt64(small);
        return Parse(number.GetRawText());
    }

    internal static SchemaNumber OfInt64(long value)
    {
        if (value == 0) return default;
        var magnitude = value < 0 ? -(BigInteger)value : value;
        long exponent = 0;
        while (magnitude % 10 == 0)
        {
            magnitude /= 10;
            exponent++;
        }
        return new SchemaNumber(value < 0 ? -1 : 1, magnitude, exponent, magnitude.ToString(CultureInfo.InvariantCulture).Length);
    }

    internal static SchemaNumber Parse(string text)
    {
        var i = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) i++;
        var end = i;
        while (end < text.Length && text[end] != 'e' && text[end] != 'E') end++;
        var mantissa = text.Substring(i, end - i);
        long exponent = 0;
        if (end < text.Length)
        {
            // An exponent beyond any long still compares correctly when clamped far out.
            var e = text.Substring(end + 1);
            if (!long.TryParse(e, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) exponent = e.StartsWith("-", StringComparison.Ordinal) ? -(1L << 50) : 1L << 50;
            exponent = Math.Max(-(1L << 50), Math.Min(1L << 50, exponent));
        }
        var dot = mantissa.IndexOf('.');
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }
        mantissa = mantissa.TrimStart('0');
        var trimmed = mantissa.TrimEnd('0');
        exponent += mantissa.Length - trimmed.Length;
        if (trimmed.Length == 0) return default;
        return new SchemaNumber(negative ? -1 : 1, BigInteger.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture), exponent, trimmed.Length);
    }

    internal static int Compare(SchemaNumber a, SchemaNumber b)
    {
        if (a.Sign != b.Sign) return a.Sign.CompareTo(b.Sign);
        if (a.Sign == 0) return 0;
        return a.Sign * CompareMagnitude(a, b);
    }

    private static int CompareMagnitude(SchemaNumber a, SchemaNumber b)
    {
        var orderA = a.DigitCount + a.Exponent;
        var orderB = b.DigitCount + b.Exponent;
        if (orderA != orderB) return orderA.CompareTo(orderB);
        // Same order of magnitude: the exponents differ by at most the digit counts.
        if (a.Exponent >= b.Exponent) return (a.Digits * BigInteger.Pow(10, (int)(a.Exponent - b.Exponent))).CompareTo(b.Digits);
        return a.Digits.CompareTo(b.Digits * BigInteger.Pow(10, (int)(b.Exponent - a.Exponent)));
    }

    /// <summary>Whether value / divisor is an integer, exactly.</summary>
    internal static bool IsMultipleOf(SchemaNumber value, SchemaNumber divisor)
    {
        if (value.Sign == 0) return true;
        if (divisor.Sign == 0) return false;
        var shift = value.Exponent - divisor.Exponent;
        // value's digits end in no zero, so they are never a multiple of divisor * 10^k for k > 0.
        if (shift < 0) return false;
        // Powers of ten beyond the divisor's factors of 2 and 5 add nothing: cap the shift there.
        var cap = divisor.Digits.GetBitLength() + 1;
        return (value.Digits * BigInteger.Pow(10, (int)Math.Min(shift, cap))) % divisor.Digits == 0;
    }

    /// <summary>The value as a count (lengths, item and property counts): clamped to long, fractions rounded down.</summary>
    internal long ToCount()
    {
        if (Sign <= 0) return 0;
        if (Exponent > 18 || DigitCount + Exponent > 18) return long.MaxValue;
        if (Exponent >= 0) return (long)(Digits * BigInteger.Pow(10, (int)Exponent));
        if (-Exponent >= DigitCount) return 0;
        return (long)(Digits / BigInteger.Pow(10, (int)-Exponent));
    }
}

/// <summary>JSON equality, as enum, const and uniqueItems use it: 1 equals 1.0, objects unordered, arrays ordered.</summary>
internal static class SchemaJson
{
    internal static bool Equal(JsonElement a, JsonElement b)
    {
        var kind = a.ValueKind;
        if (kind != b.ValueKind) return false;
        switch (kind)
        {
            case JsonValueKind.Number:
                if (a.TryGetInt64(out var x) && b.TryGetInt64(out var y)) return x == y;
                return SchemaNumber.Compare(SchemaNumber.Of(a), SchemaNumber.Of(b)) == 0;
            case JsonValueKind.String:
                return a.GetString() == b.GetString();
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength()) return false;
                using (var left = a.EnumerateArray())
                using (var right = b.EnumerateArray())
                {
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (!Equal(left.Current, right.Current)) return false;
                    }
                }
                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in a.EnumerateObject())
                {
                    count++;
                    if (!b.TryGetProperty(property.Name, out var other) || !Equal(property.Value, other)) return false;
                }
                foreach (var unused in b.EnumerateObject()) count--;
                return count == 0;
            default:
                return true;
        }
    }
}
