#nullable enable

using System;
using System.Globalization;
using System.Text;

namespace OpenAI.Realtime;

/// <summary>
/// Hostnames (RFC 1123) and internationalized ones (IDNA2008: RFC 5890-5893), and e-mail
/// addresses (RFC 5321, RFC 6531 for idn-email). Punycode, CONTEXTJ and the NFKC mappings come
/// from IdnMapping (ICU's UTS 46); what UTS 46 allows and IDNA2008 does not is checked here: the
/// derived property by general category with RFC 5892's exceptions, the CONTEXTO rules and the
/// Bidi rule (RFC 5893, by script ranges: .NET exposes no bidi class).
/// </summary>
internal static partial class SchemaFormats
{
    /// <summary>A new one each time: IdnMapping's instance members are not documented thread-safe.</summary>
    private static IdnMapping Idna => new IdnMapping { UseStd3AsciiRules = true, AllowUnassigned = false };

    private static bool IsHostname(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F') return false;
        }
        return IsDomain(text.Split('.'));
    }

    private static bool IsIdnHostname(string text) => IsDomain(text.Split('.', '\u3002', '\uFF0E', '\uFF61'));

    /// <summary>Every label valid (as an A-label, an NR-LDH label or a U-label), the ASCII form at most 253 characters, the Bidi rule over the whole name.</summary>
    private static bool IsDomain(string[] labels)
    {
        var length = labels.Length - 1;
        var unicode = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label.Length == 0) return false;
            string ascii;
            if (IsAsciiLabel(label))
            {
                if (label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-') return false;
                if (label.Length >= 4 && label[2] == '-' && label[3] == '-')
                {
                    if (!label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase)) return false;
                    // An A-label: valid Punycode of a valid U-label that encodes back to itself.
                    string decoded;
                    try
                    {
                        decoded = Idna.GetUnicode(label.ToLowerInvariant());
                        if (!string.Equals(Idna.GetAscii(decoded), label, StringComparison.OrdinalIgnoreCase)) return false;
                    }
                    catch (ArgumentException)
                    {
                        return false;
                    }
                    if (IsAsciiLabel(decoded) || !IsULabel(decoded)) return false;
                    unicode[i] = decoded;
                }
                else unicode[i] = label;
                ascii = label;
            }
            else
            {
                if (!IsULabel(label)) return false;
                try
                {
                    ascii = Idna.GetAscii(label);
                }
                catch (ArgumentException)
                {
                    return false;
                }
                if (ascii.Length > 63) return false;
                unicode[i] = label;
            }
            length += ascii.Length;
        }
        return length <= 253 && IsBidiDomain(unicode);
    }

    private static bool IsAsciiLabel(string label)
    {
        foreach (var c in label)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '-')) return false;
        }
        return true;
    }

    /// <summary>RFC 5891 section 5.4 and RFC 5892: NFC, hyphens, no leading mark, every code point PVALID or its context rule met.</summary>
    private static bool IsULabel(string label)
    {
        if (!label.IsNormalized(NormalizationForm.FormC)) return false;
        if (label[0] == '-' || label[label.Length - 1] == '-' || (label.Length >= 4 && label[2] == '-' && label[3] == '-')) return false;
        var first = CharUnicodeInfo.GetUnicodeCategory(label, 0);
        if (first == UnicodeCategory.NonSpacingMark || first == UnicodeCategory.SpacingCombiningMark || first == UnicodeCategory.EnclosingMark) return false;
        try
        {
            // UTS 46 maps what IDNA2008 disallows (capitals, compatibility forms): a label it changes is not a U-label.
            if (Idna.GetUnicode(Idna.GetAscii(label)) != label) return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
        bool arabicIndic = false, extendedArabicIndic = false;
        var points = CodePointsOf(label);
        for (var i = 0; i < points.Length; i++)
        {
            var c = points[i];
            var previous = i > 0 ? points[i - 1] : -1;
            var next = i + 1 < points.Length ? points[i + 1] : -1;
            switch (c)
            {
                case 0x00B7:
                    if (previous != 'l' || next != 'l') return false;
                    continue;
                case 0x0375:
                    if (!IsGreek(next)) return false;
                    continue;
                case 0x05F3:
                case 0x05F4:
                    if (!IsHebrew(previous)) return false;
                    continue;
                case 0x30FB:
                    if (!Array.Exists(points, p => p != 0x30FB && IsJapanese(p))) return false;
                    continue;
                case 0x200C:
                case 0x200D:
                    continue; // CONTEXTJ: IdnMapping checks it
                case 0x00DF:
                case 0x03C2:
                case 0x06FD:
                case 0x06FE:
                case 0x0F0B:
                case 0x3007:
                    continue; // PVALID exceptions
                case 0x0640:
                case 0x07FA:
                case 0x302E:
                case 0x302F:
                case 0x303B:
                    return false; // DISALLOWED exceptions
            }
            if (c >= 0x3031 && c <= 0x3035) return false;
            arabicIndic |= c >= 0x0660 && c <= 0x0669;
            extendedArabicIndic |= c >= 0x06F0 && c <= 0x06F9;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var letterDigit = category == UnicodeCategory.LowercaseLetter || category == UnicodeCategory.OtherLetter || category == UnicodeCategory.DecimalDigitNumber
                || category == UnicodeCategory.ModifierLetter || category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
            if (!letterDigit && c != '-') return false;
        }
        return !(arabicIndic && extendedArabicIndic);
    }

    private static int[] CodePointsOf(string text)
    {
        var points = new int[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) points[count++] = char.ConvertToUtf32(text[i], text[++i]);
            else points[count++] = text[i];
        }
        Array.Resize(ref points, count);
        return points;
    }

    private static bool IsGreek(int c) => (c >= 0x0370 && c <= 0x03FF && c != 0x0375 && c != 0x037E && c != 0x0385 && c != 0x0387) || (c >= 0x1F00 && c <= 0x1FFF);

    private static bool IsHebrew(int c) => (c >= 0x0591 && c <= 0x05F4) || (c >= 0xFB1D && c <= 0xFB4F);

    private static bool IsJapanese(int c) =>
        (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303B);

    private enum Bidi
    {
        L,
        R,
        AN,
        EN,
        Nsm,
        Other,
    }

    private static Bidi BidiClass(int c)
    {
        if (c >= '0' && c <= '9') return Bidi.EN;
        if (c >= 0x06F0 && c <= 0x06F9) return Bidi.EN;
        if ((c >= 0x0660 && c <= 0x0669) || c == 0x066B || c == 0x066C || c == 0x06DD) return Bidi.AN;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.EnclosingMark) return Bidi.Nsm;
        var letter = category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.SpacingCombiningMark;
        if (!letter) return Bidi.Other;
        var rtl = (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
        return rtl ? Bidi.R : Bidi.L;
    }

    /// <summary>RFC 5893 section 2, on every label once any label holds a right-to-left character.</summary>
    private static bool IsBidiDomain(string[] labels)
    {
        var bidi = false;
        foreach (var label in labels)
        {
            foreach (var c in CodePointsOf(label))
            {
                var k = BidiClass(c);
                bidi |= k == Bidi.R || k == Bidi.AN;
            }
        }
        if (!bidi) return true;
        foreach (var label in labels)
        {
            var classes = Array.ConvertAll(CodePointsOf(label), BidiClass);
            if (classes[0] != Bidi.L && classes[0] != Bidi.R) return false;
            var last = classes.Length - 1;
            while (last > 0 && classes[last] == Bidi.Nsm) last--;
            var rtl = classes[0] == Bidi.R;
            var hasEn = Array.IndexOf(classes, Bidi.EN) >= 0;
            var hasAn = Array.IndexOf(classes, Bidi.AN) >= 0;
            if (rtl && (Array.IndexOf(classes, Bidi.L) >= 0 || (hasEn && hasAn) || classes[last] == Bidi.L || classes[last] == Bidi.Other)) return false;
            if (!rtl && (Array.IndexOf(classes, Bidi.R) >= 0 || hasAn || (classes[last] != Bidi.L && classes[last] != Bidi.EN))) return false;
        }
        return true;
    }

    /// <summary>local-part "@" domain (RFC 5321 section 4.1.2): a dot-atom or a quoted string; a hostname or an address literal. idn: UTF-8 allowed (RFC 6531).</summary>
    private static bool IsEmail(string text, bool idn)
    {
        int at;
        if (text.StartsWith("\"", StringComparison.Ordinal))
        {
            var i = 1;
            while (i < text.Length && text[i] != '"')
            {
                if (text[i] == '\\') i++;
                else if (text[i] < ' ' || (text[i] > '~' && !idn)) return false;
                i++;
            }
            if (i >= text.Length) return false;
            at = i + 1;
            if (at >= text.Length || text[at] != '@') return false;
        }
        else
        {
            at = text.IndexOf('@');
            if (at <= 0) return false;
            var local = text.Substring(0, at);
            if (local[0] == '.' || local[local.Length - 1] == '.' || local.Contains("..")) return false;
            foreach (var c in local)
            {
                var atext = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || "!#$%&'*+-/=?^_`{|}~.".IndexOf(c) >= 0 || (idn && c > '\u007F');
                if (!atext) return false;
            }
        }
        var domain = text.Substring(at + 1);
        if (domain.StartsWith("[", StringComparison.Ordinal) && domain.EndsWith("]", StringComparison.Ordinal))
        {
            var literal = domain.Substring(1, domain.Length - 2);
            return literal.StartsWith("IPv6:", StringComparison.Ordinal) ? IsIpv6(literal.Substring(5)) : IsIpv4(literal);
        }
        return domain.Length > 0 && (idn ? IsIdnHostname(domain.Normalize(NormalizationForm.FormC)) : IsHostname(domain));
    }
}
