using System.Text;
using Ardalis.GuardClauses;

namespace Congress.Domain.Reporting.Numerals;

/// <summary>How <see cref="ChineseNumerals.Format(long, NumeralStyle)"/> writes 2 before a unit.</summary>
public enum NumeralStyle
{
    /// <summary>二 everywhere: 二千二百二十二. The reading style of a number.</summary>
    Standard = 0,

    /// <summary>
    /// The counting style before a measure word: a leading 2 before 百, 千, 万 or 亿 and a lone 2 are 两
    /// (两个, 两千, 两万二千), elsewhere 二 (二十二).
    /// </summary>
    Counting = 1,
}

/// <summary>
/// Chinese numerals (中文数字): writes integers as 一千二百三十四, 十二, 一万零五, 两千 and reads them back, including
/// 两, 〇/零, digit-by-digit forms (二〇二四) and mixed forms (3万, 7.59亿).
/// </summary>
/// <remarks>
/// Format then parse is the identity for every integer from 0 to <see cref="MaxValue"/>. Parsing never throws and
/// takes time linear in the input; it refuses malformed numerals (十十, 三四, 百千) rather than guessing.
/// Stateless and thread-safe.
/// </remarks>
public static class ChineseNumerals
{
    /// <summary>The largest value <see cref="Format(long, NumeralStyle)"/> writes: 10^16 − 1 (九千九百九十九万……).</summary>
    public const long MaxValue = 9_999_9999_9999_9999;

    private const string Digits = "零一二三四五六七八九";

    /// <summary>Writes a non-negative integer as a Chinese numeral.</summary>
    /// <param name="value">The value, from 0 to <see cref="MaxValue"/>.</param>
    /// <param name="style">二 or 两 before units.</param>
    /// <returns>The numeral: 0 → 零, 12 → 十二, 1005 → 一千零五, 120000 → 十二万, 100000001 → 一亿零一.</returns>
    public static string Format(long value, NumeralStyle style = NumeralStyle.Standard)
    {
        Guard.Against.OutOfRange(value, nameof(value), 0, MaxValue);
        Guard.Against.EnumOutOfRange(style);
        if (value == 0)
        {
            return "零";
        }

        if (value == 2 && style == NumeralStyle.Counting)
        {
            return "两";
        }

        var text = new StringBuilder();
        AppendBelowLimit(text, value, leading: true, style);
        return text.ToString();
    }

    /// <summary>Writes a count with its measure word in the counting style: 十二个, 两名, 一百二十条.</summary>
    /// <param name="value">The count, from 0 to <see cref="MaxValue"/>.</param>
    /// <param name="measureWord">The measure word (个, 名, 条 ...).</param>
    /// <returns>The count as a report heading writes it.</returns>
    public static string FormatCount(long value, string measureWord)
    {
        Guard.Against.Null(measureWord);
        return Format(value, NumeralStyle.Counting) + measureWord;
    }

    /// <summary>Whether <paramref name="c"/> can appear in a Chinese numeral (零〇一二两三四五六七八九十百千万亿).</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a numeral character.</returns>
    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0;

    /// <summary>
    /// Reads a Chinese, Arabic or mixed numeral: 一千二百三十四, 两千, 十二, 一万零五, 二〇二四, 3万, 7.59亿, １２.
    /// </summary>
    /// <param name="text">The numeral, with nothing around it.</param>
    /// <param name="value">The value when it is well formed.</param>
    /// <returns>Whether <paramref name="text"/> is a well-formed numeral.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        // Mixed: Arabic digits (with an optional decimal part) then an optional multiplier such as 万 or 亿.
        if (ArabicDigit(text[0]) >= 0)
        {
            var used = TryReadArabic(text, out var number);
            if (used == 0)
            {
                return false;
            }

            var multiplierLength = TryReadMultiplier(text[used..], out var factor);
            if (used + multiplierLength != text.Length)
            {
                return false;
            }

            return TryMultiply(number, factor, out value);
        }

        return TryParseChinese(text, out value);
    }

    /// <summary>Reads a numeral, throwing when it is malformed.</summary>
    /// <param name="text">The numeral.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="FormatException">The text is not a well-formed numeral.</exception>
    public static decimal Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a Chinese numeral.");
    }

    /// <summary>The value of a Chinese digit character (零〇一二两…九), or −1.</summary>
    internal static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The value of an ASCII or full-width digit, or −1.</summary>
    internal static int ArabicDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    /// <summary>Reads Arabic digits with an optional decimal part (ASCII or full-width); returns the characters used (0 when none or too long).</summary>
    internal static int TryReadArabic(ReadOnlySpan<char> text, out decimal number)
    {
        number = 0;
        var i = 0;
        var digits = 0;
        while (i < text.Length && ArabicDigit(text[i]) is var d && d >= 0)
        {
            if (++digits > 20)
            {
                return 0;
            }

            number = (number * 10) + d;
            i++;
        }

        if (digits == 0)
        {
            return 0;
        }

        if (i + 1 < text.Length && text[i] is '.' or '．' && ArabicDigit(text[i + 1]) >= 0)
        {
            var scale = 1m;
            i++;
            while (i < text.Length && ArabicDigit(text[i]) is var f && f >= 0)
            {
                if (++digits > 26)
                {
                    return 0;
                }

                scale /= 10;
                number += f * scale;
                i++;
            }
        }

        return i;
    }

    /// <summary>Reads a multiplier after an Arabic number: 百, 千, 万, 亿, 百万, 千万, 万亿 ...; returns the characters used.</summary>
    internal static int TryReadMultiplier(ReadOnlySpan<char> text, out decimal factor)
    {
        factor = 1;
        if (text.IsEmpty || UnitOf(text[0]) < 100)
        {
            return 0;
        }

        factor = UnitOf(text[0]);
        if (text.Length > 1 && UnitOf(text[1]) > factor && UnitOf(text[1]) >= 10_000)
        {
            factor *= UnitOf(text[1]);
            return 2;
        }

        return 1;
    }

    /// <summary>Multiplies without overflow; false when the product is beyond 10^20.</summary>
    internal static bool TryMultiply(decimal number, decimal factor, out decimal value)
    {
        value = 0;
        if (number > 100_000_000_000_000_000_000m / factor)
        {
            return false;
        }

        value = number * factor;
        return true;
    }

    private static decimal UnitOf(char c) => c switch
    {
        '十' => 10m,
        '百' => 100m,
        '千' => 1000m,
        '万' => 10_000m,
        '亿' => 100_000_000m,
        _ => 0m,
    };

    // Writes 1 ≤ value < 10^16: the part above 亿 (itself possibly with 万), then 亿, then the rest.
    private static void AppendBelowLimit(StringBuilder text, long value, bool leading, NumeralStyle style)
    {
        if (value >= 100_000_000)
        {
            AppendBelowLimit(text, value / 100_000_000, leading, style);
            text.Append('亿');
            var rest = value % 100_000_000;
            if (rest > 0)
            {
                if (rest < 10_000_000)
                {
                    text.Append('零');
                }

                AppendBelowLimit(text, rest, leading: false, style);
            }

            return;
        }

        if (value >= 10_000)
        {
            AppendGroup(text, (int)(value / 10_000), leading, style);
            text.Append('万');
            var rest = (int)(value % 10_000);
            if (rest > 0)
            {
                if (rest < 1000)
                {
                    text.Append('零');
                }

                AppendGroup(text, rest, leading: false, style);
            }

            return;
        }

        AppendGroup(text, (int)value, leading, style);
    }

    private static void AppendGroup(StringBuilder text, int group, bool leading, NumeralStyle style)
    {
        var thousands = group / 1000;
        var hundreds = group / 100 % 10;
        var tens = group / 10 % 10;
        var ones = group % 10;
        var zero = false;
        var started = false;
        Span<(int Digit, char Unit)> places = [(thousands, '千'), (hundreds, '百'), (tens, '十'), (ones, '\0')];
        foreach (var (digit, unit) in places)
        {
            if (digit == 0)
            {
                zero = started;
                continue;
            }

            if (zero)
            {
                text.Append('零');
                zero = false;
            }

            var isFirst = leading && !started;
            if (unit == '十' && digit == 1 && isFirst)
            {
                // 十二, not 一十二, at the very start of a numeral.
            }
            else if (digit == 2 && isFirst && unit is '百' or '千' && style == NumeralStyle.Counting)
            {
                text.Append('两');
            }
            else if (digit == 2 && isFirst && unit == '\0' && group == 2 && style == NumeralStyle.Counting)
            {
                // A group that is just 2 before 万 or 亿: 两万, 两亿.
                text.Append('两');
            }
            else
            {
                text.Append(Digits[digit]);
            }

            if (unit != '\0')
            {
                text.Append(unit);
            }

            started = true;
        }
    }

    private static bool TryParseChinese(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;

        // Digit by digit (二〇二四, 一〇〇): only digits, at least one 〇 or 零 inside, no units.
        var hasUnit = false;
        var hasZero = false;
        foreach (var c in text)
        {
            if (UnitOf(c) > 0)
            {
                hasUnit = true;
            }
            else if (DigitOf(c) < 0)
            {
                return false;
            }
            else if (c is '〇' or '零')
            {
                hasZero = true;
            }
        }

        if (!hasUnit)
        {
            if (text.Length == 1)
            {
                value = DigitOf(text[0]);
                return true;
            }

            if (!hasZero || text.Length > 20)
            {
                return false;
            }

            foreach (var c in text)
            {
                value = (value * 10) + DigitOf(c);
            }

            return true;
        }

        // Positional: within a group 千 > 百 > 十 in order; 万 closes a group, 亿 closes everything before it.
        decimal total = 0;        // closed by 亿
        decimal section = 0;      // closed by 万, below 亿
        decimal group = 0;        // below 万
        var digit = -1;           // a digit waiting for its unit
        var digitFollowsZero = false;
        decimal lastSmallUnit = 10_000; // the last of 十/百/千 in this group: they must decrease
        var zeroPending = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (digit >= 0 || (d == 0 && zeroPending))
                {
                    return false; // two digits in a row: 三四, 零零
                }

                if (d == 0)
                {
                    zeroPending = true;
                    continue;
                }

                digit = d;
                digitFollowsZero = zeroPending;
                zeroPending = false;
                continue;
            }

            var unit = UnitOf(c);
            if (zeroPending)
            {
                return false; // 零 before a unit: 零十, 一千零万
            }

            if (unit < 10_000)
            {
                if (unit >= lastSmallUnit)
                {
                    return false; // 十百, 百百
                }

                if (digit < 0)
                {
                    // A bare 十 is 一十 (十二, 一百一十 written 一百一十 but 十 accepted); a bare 百 or 千 only at the start (百余名, 近千人).
                    if (unit != 10 && i != 0)
                    {
                        return false;
                    }

                    digit = 1;
                }

                group += digit * unit;
                digit = -1;
                lastSmallUnit = unit;
                continue;
            }

            if (!TryCloseGroup(ref group, ref digit, digitFollowsZero, lastSmallUnit, total + section == 0))
            {
                return false;
            }

            if (unit == 10_000m)
            {
                if (section != 0)
                {
                    return false; // 万 twice below one 亿
                }

                if (group == 0 && i != 0)
                {
                    return false; // 亿万
                }

                section = Math.Max(group, 1) * 10_000m;
            }
            else
            {
                if (total != 0)
                {
                    return false; // 亿 twice
                }

                var closed = section + group;
                if (closed == 0 && i != 0)
                {
                    return false;
                }

                total = Math.Max(closed, 1) * 100_000_000m;
                section = 0;
            }

            group = 0;
            lastSmallUnit = 10_000;
        }

        if (zeroPending || !TryCloseGroup(ref group, ref digit, digitFollowsZero, lastSmallUnit, total + section == 0))
        {
            return false;
        }

        value = total + section + group;
        return true;
    }

    // Adds a waiting units digit to the group. It must follow 十 (二十五), follow 零 (一千零五) or stand alone at the
    // start (五万): 一百二 and 一万五 are colloquial abbreviations and are refused rather than misread.
    private static bool TryCloseGroup(ref decimal group, ref int digit, bool digitFollowsZero, decimal lastSmallUnit, bool nothingBefore)
    {
        if (digit > 0)
        {
            var alone = group == 0 && nothingBefore;
            if (!(lastSmallUnit == 10 || digitFollowsZero || alone))
            {
                return false;
            }

            group += digit;
        }

        digit = -1;
        return true;
    }
}
