using System.Globalization;
using Ardalis.GuardClauses;

namespace Congress.Domain.Figures;

/// <summary>Which character a report uses for "more than" (余 or 多): 810余人次, 70多条.</summary>
public enum MoreThanMarker
{
    /// <summary>余: 810余人次, 10万余元.</summary>
    Yu = 0,

    /// <summary>多: 70多条, 10多万元.</summary>
    Duo = 1,
}

/// <summary>
/// Writes a <see cref="Quantity"/> the way Chinese reports write figures (报告数字写法): 810余人次, 70多条, 7.59亿元,
/// 10万余元, 100人以上, 约300人, 近千人.
/// </summary>
/// <remarks>
/// Exact: a value is never rounded away. Money (元) is scaled to 亿 (10^8) or 万 (10^4) only when the scaled number is
/// exact with at most two decimals (759000000 元 → 7.59亿元; 123456789 元 stays 123456789元). Counts are written in
/// Arabic digits, except the round words 十, 百, 千, 万 with "more than" or "nearly" (百余名, 近千人) when
/// <c>roundWords</c> is on. Stateless and thread-safe.
/// </remarks>
public static class ChineseFigures
{
    /// <summary>The multipliers money is scaled by, largest first: 亿 (10^8) and 万 (10^4).</summary>
    private static readonly (decimal Factor, string Word)[] MoneyMultipliers = [(100_000_000m, "亿"), (10_000m, "万")];

    /// <summary>Writes a figure the way a report does.</summary>
    /// <param name="quantity">The figure.</param>
    /// <param name="marker">余 or 多 for "more than".</param>
    /// <param name="roundWords">Whether 10, 100, 1000 and 10000 "more than" or "nearly" are written 十, 百, 千, 万 (百余名, 近千人).</param>
    /// <returns>The figure as a report writes it, for example 810余人次 or 7.59亿元.</returns>
    public static string Format(Quantity quantity, MoreThanMarker marker = MoreThanMarker.Yu, bool roundWords = true)
    {
        Guard.Against.EnumOutOfRange(marker);
        var (number, multiplier) = quantity.Unit.IsMoney ? ScaleMoney(quantity.Value) : (quantity.Value, string.Empty);
        var digits = roundWords && multiplier.Length == 0 && quantity.Qualifier is Qualifier.MoreThan or Qualifier.Nearly
            ? RoundWord(number) ?? FormatDecimal(number)
            : FormatDecimal(number);
        var unit = quantity.Unit.Word;
        return quantity.Qualifier switch
        {
            Qualifier.MoreThan when marker == MoreThanMarker.Duo => digits + "多" + multiplier + unit,
            Qualifier.MoreThan => digits + multiplier + "余" + unit,
            Qualifier.AtLeast => digits + multiplier + unit + "以上",
            Qualifier.About => "约" + digits + multiplier + unit,
            Qualifier.Nearly => "近" + digits + multiplier + unit,
            _ => digits + multiplier + unit,
        };
    }

    /// <summary>
    /// Scales an amount of money in 元 to the largest multiplier (亿, 万) that writes it exactly with at most two
    /// decimals and a scaled number of at least 1: 759000000 → (7.59, 亿); 100000 → (10, 万); 1234.5 → (1234.5, "").
    /// </summary>
    /// <param name="yuan">The amount in 元, not negative.</param>
    /// <returns>The number to write and the multiplier word (empty when none).</returns>
    public static (decimal Number, string Multiplier) ScaleMoney(decimal yuan)
    {
        Guard.Against.Negative(yuan);
        foreach (var (factor, word) in MoneyMultipliers)
        {
            if (yuan < factor)
            {
                continue;
            }

            var scaled = yuan / factor;
            if (scaled * factor == yuan && Normalize(scaled).Scale <= 2)
            {
                return (Normalize(scaled), word);
            }
        }

        return (Normalize(yuan), string.Empty);
    }

    /// <summary>Writes a decimal in invariant Arabic digits without trailing zeros and without rounding (7.590 → 7.59).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The digits.</returns>
    public static string FormatDecimal(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    private static string? RoundWord(decimal value) => value switch
    {
        10m => "十",
        100m => "百",
        1000m => "千",
        10000m => "万",
        _ => null,
    };

    // Dividing by 1.000...0 (28 zeros) drops trailing zeros without changing the value.
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
