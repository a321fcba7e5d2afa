using Congress.Domain.Figures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Reporting.Tests.Figures;

public sealed class ChineseFiguresTests
{
    public static TheoryData<decimal, string, Qualifier, MoreThanMarker, string> Cases => new()
    {
        { 810m, "人次", Qualifier.MoreThan, MoreThanMarker.Yu, "810余人次" },
        { 70m, "条", Qualifier.MoreThan, MoreThanMarker.Duo, "70多条" },
        { 759_000_000m, "元", Qualifier.Exact, MoreThanMarker.Yu, "7.59亿元" },
        { 100_000m, "元", Qualifier.MoreThan, MoreThanMarker.Yu, "10万余元" },
        { 200_000m, "元", Qualifier.MoreThan, MoreThanMarker.Duo, "20多万元" },
        { 123_456_789m, "元", Qualifier.Exact, MoreThanMarker.Yu, "123456789元" },
        { 123_450_000m, "元", Qualifier.Exact, MoreThanMarker.Yu, "12345万元" },
        { 1234.5m, "元", Qualifier.Exact, MoreThanMarker.Yu, "1234.5元" },
        { 100m, "人", Qualifier.AtLeast, MoreThanMarker.Yu, "100人以上" },
        { 300m, "人", Qualifier.About, MoreThanMarker.Yu, "约300人" },
        { 1000m, "人", Qualifier.Nearly, MoreThanMarker.Yu, "近千人" },
        { 100m, "名", Qualifier.MoreThan, MoreThanMarker.Yu, "百余名" },
        { 21m, "个", Qualifier.Exact, MoreThanMarker.Yu, "21个" },
        { 17.90m, "公里", Qualifier.Exact, MoreThanMarker.Yu, "17.9公里" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_figures_as_reports_do(decimal value, string unit, Qualifier qualifier, MoreThanMarker marker, string expected) =>
        Assert.Equal(expected, ChineseFigures.Format(new Quantity(value, new Unit(unit), qualifier), marker));

    [Fact]
    public void Round_words_can_be_switched_off() =>
        Assert.Equal("近1000人", ChineseFigures.Format(new Quantity(1000, Unit.People, Qualifier.Nearly), roundWords: false));

    [Property(MaxTest = 500)]
    public bool Money_scaling_never_rounds(NonNegativeInt whole, byte cents, byte shift)
    {
        var yuan = (whole.Get + (cents % 100 / 100m)) * (decimal)Math.Pow(10, shift % 6);
        var (number, multiplier) = ChineseFigures.ScaleMoney(yuan);
        var factor = multiplier switch { "亿" => 100_000_000m, "万" => 10_000m, _ => 1m };
        return number * factor == yuan;
    }
}
