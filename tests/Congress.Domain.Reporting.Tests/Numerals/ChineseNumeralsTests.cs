using Congress.Domain.Reporting.Numerals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Reporting.Tests.Numerals;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(0L, "零")]
    [InlineData(1L, "一")]
    [InlineData(10L, "十")]
    [InlineData(12L, "十二")]
    [InlineData(20L, "二十")]
    [InlineData(110L, "一百一十")]
    [InlineData(1005L, "一千零五")]
    [InlineData(1234L, "一千二百三十四")]
    [InlineData(10050L, "一万零五十")]
    [InlineData(100010L, "十万零一十")]
    [InlineData(120000L, "十二万")]
    [InlineData(100000001L, "一亿零一")]
    [InlineData(759000000L, "七亿五千九百万")]
    [InlineData(1000100000000L, "一万零一亿")]
    [InlineData(1000000000000L, "一万亿")]
    public void Formats_standard_numerals(long value, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.Format(value));
        Assert.Equal(value, ChineseNumerals.Parse(expected));
    }

    [Theory]
    [InlineData(2L, "两")]
    [InlineData(12L, "十二")]
    [InlineData(22L, "二十二")]
    [InlineData(200L, "两百")]
    [InlineData(2000L, "两千")]
    [InlineData(22000L, "两万二千")]
    [InlineData(200000000L, "两亿")]
    public void Counting_style_writes_liang_where_idiomatic(long value, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Format(value, NumeralStyle.Counting));

    [Fact]
    public void FormatCount_writes_heading_counts() =>
        Assert.Equal("十二个", ChineseNumerals.FormatCount(12, "个"));

    [Theory]
    [InlineData("两千", 2000)]
    [InlineData("二〇二四", 2024)]
    [InlineData("一〇〇", 100)]
    [InlineData("3万", 30000)]
    [InlineData("7.59亿", 759000000)]
    [InlineData("１２", 12)]
    [InlineData("百", 100)]
    [InlineData("千", 1000)]
    [InlineData("万", 10000)]
    [InlineData("3千万", 30000000)]
    public void Parses_mixed_and_variant_forms(string text, long expected) =>
        Assert.Equal(expected, ChineseNumerals.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("十十")]
    [InlineData("三四")]
    [InlineData("百千")]
    [InlineData("一百二")]
    [InlineData("一万五")]
    [InlineData("一亿二亿")]
    [InlineData("零十")]
    [InlineData("一千零")]
    [InlineData("十四五")]
    [InlineData("万一")]
    [InlineData("3.")]
    [InlineData("abc")]
    public void Refuses_malformed_numerals(string text) =>
        Assert.False(ChineseNumerals.TryParse(text, out _));

    [Fact]
    public void Format_refuses_out_of_range_values_with_the_parameter_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumerals.Format(-1));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Every_integer_up_to_100000_round_trips()
    {
        for (long n = 0; n <= 100_000; n++)
        {
            Assert.Equal(n, ChineseNumerals.Parse(ChineseNumerals.Format(n)));
            Assert.Equal(n, ChineseNumerals.Parse(ChineseNumerals.Format(n, NumeralStyle.Counting)));
        }
    }

    /// <summary>Integers 0..10^12 with every digit pattern: random digits at random places, many zeros.</summary>
    public static class UpToATrillion
    {
        public static Arbitrary<long> Values() =>
            ArbMap.Default.ArbFor<(ulong Bits, byte ZeroMask)>().Convert(
                t =>
                {
                    // 13 decimal digits from the bits, some forced to zero so that 零 placements are exercised.
                    var value = (long)(t.Bits % 1_000_000_000_001UL);
                    long result = 0, place = 1;
                    for (var k = 0; k < 13; k++, place *= 10)
                    {
                        var digit = value / place % 10;
                        if (((t.ZeroMask >> (k % 8)) & 1) == 1 && k % 3 != 0)
                        {
                            digit = 0;
                        }

                        result += digit * place;
                    }

                    return Math.Min(result, 1_000_000_000_000L);
                },
                v => ((ulong)v, (byte)0));
    }

    [Property(Arbitrary = [typeof(UpToATrillion)], MaxTest = 2000)]
    public bool Format_then_parse_is_the_identity_up_to_10_to_the_12(long value) =>
        ChineseNumerals.Parse(ChineseNumerals.Format(value)) == value
        && ChineseNumerals.Parse(ChineseNumerals.Format(value, NumeralStyle.Counting)) == value;

    [Property(MaxTest = 500)]
    public bool Parse_never_throws(string text)
    {
        ChineseNumerals.TryParse(text ?? string.Empty, out _);
        return true;
    }

    [Property(MaxTest = 500)]
    public bool Parse_never_throws_on_numeral_soup(NonEmptyArray<byte> picks)
    {
        const string alphabet = "零〇一二两三四五六七八九十百千万亿0123456789.";
        var text = new string(picks.Get.Select(b => alphabet[b % alphabet.Length]).ToArray());
        ChineseNumerals.TryParse(text, out var value);
        return value >= 0;
    }
}
