using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rollups;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Rollups;

public sealed class RollupFactTests
{
    private static readonly DivisionCode Baoding = DivisionCode.Parse(Seed.BaodingCode);
    private static readonly DivisionCode Xushui = DivisionCode.Parse(Seed.XushuiCode);
    private static readonly DivisionCode Qingyuan = DivisionCode.Parse(Seed.QingyuanCode);
    private static readonly YearMonth September = new(2024, 9);

    private static RollupKeySpace Keys => RollupArbitraries.KeySpace;

    [Fact]
    public void Xushui_suggestions_22_26_70多_50余_19_roll_up_to_more_than_187()
    {
        var rollup = new Rollup(Keys);
        (string Theme, Quantity Figure)[] figures =
        [
            ("investment", Quantity.Exact(22, Unit.Items)),
            ("urban-renewal", Quantity.Exact(26, Unit.Items)),
            ("rural-revitalisation", Quantity.MoreThan(70, Unit.Items)),
            ("grassroots-governance", Quantity.MoreThan(50, Unit.Items)),
            ("grassroots-governance", Quantity.Exact(19, Unit.Items)),
        ];
        foreach (var (theme, figure) in figures)
        {
            rollup.Add(Keys.CreateRecord(Xushui, theme, September, Measures.Suggestions, figure));
        }

        var total = rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.AsOfEndOf(September));
        Assert.Equal(Quantity.MoreThan(187, Unit.Items), total);
        Assert.Equal("187余条", total.ToString());
        Assert.Equal(total, rollup.Total(Baoding, Measures.Suggestions, RollupPeriod.Year(2024)));
        Assert.Equal(Quantity.Exact(0, Unit.Items), rollup.Total(Qingyuan, Measures.Suggestions, RollupPeriod.Year(2024)));
        Assert.Equal(Quantity.Exact(22, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.Month(September), "investment"));
        Assert.Equal(Quantity.MoreThan(69, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.Quarter(2024, 3), "grassroots-governance"));
    }

    [Fact]
    public void Money_rolls_up_exactly_in_yuan()
    {
        var rollup = new Rollup(Keys);
        rollup.Add(Keys.CreateRecord(Xushui, "investment", September, Measures.InvestmentAmount, Quantity.Money(759_000_000m)));
        rollup.Add(Keys.CreateRecord(DivisionCode.Parse("130607100"), "mancheng-investment", September, Measures.InvestmentAmount, Quantity.Money(0.01m)));
        Assert.Equal(Quantity.Money(759_000_000.01m), rollup.Total(Baoding, Measures.InvestmentAmount, RollupPeriod.Year(2024)));
    }

    [Fact]
    public void As_of_the_end_of_September_counts_January_to_September_of_that_year()
    {
        var rollup = new Rollup(Keys);
        foreach (var month in new[] { new YearMonth(2024, 1), new YearMonth(2024, 9), new YearMonth(2024, 10), new YearMonth(2025, 1) })
        {
            rollup.Add(Keys.CreateRecord(Xushui, null, month, Measures.Suggestions, Quantity.Exact(month.Month, Unit.Items)));
        }

        Assert.Equal(Quantity.Exact(10, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.AsOfEndOf(September)));
        Assert.Equal(Quantity.Exact(10, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.AsOf(new LocalDate(2024, 9, 30))));
        Assert.Equal(Quantity.Exact(1, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.AsOf(new LocalDate(2024, 9, 15))));
        Assert.Equal(Quantity.Exact(20, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.Year(2024)));
        Assert.Equal(Quantity.Exact(21, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.Between(Keys.FirstMonth, Keys.LastMonth)));
        Assert.Equal(Quantity.Exact(0, Unit.Items), rollup.Total(Xushui, Measures.Suggestions, RollupPeriod.Year(2023)));
    }

    [Fact]
    public void Month_on_month_compares_a_month_with_the_one_before()
    {
        var rollup = new Rollup(Keys);
        rollup.Add(Keys.CreateRecord(Xushui, null, September.PlusMonths(-1), Measures.VotersReceived, Quantity.Exact(100, Unit.PersonVisits)));
        rollup.Add(Keys.CreateRecord(Xushui, null, September, Measures.VotersReceived, Quantity.MoreThan(130, Unit.PersonVisits)));

        var change = rollup.MonthOnMonth(Baoding, Measures.VotersReceived, September);

        Assert.Equal(30m, change.Change);
        Assert.False(change.IsChangeExact);
        Assert.Equal(Quantity.Exact(100, Unit.PersonVisits), change.Previous);
    }

    [Fact]
    public void A_district_breaks_down_by_township_and_the_city_by_theme()
    {
        var rollup = new Rollup(Keys);
        rollup.Add(Keys.CreateRecord(DivisionCode.Parse("130609100001"), "rural-revitalisation", September, Measures.Suggestions, Quantity.MoreThan(70, Unit.Items)));
        rollup.Add(Keys.CreateRecord(DivisionCode.Parse("130609101"), "urban-renewal", September, Measures.Suggestions, Quantity.Exact(26, Unit.Items)));

        var townships = rollup.ByChildDivision(Xushui, RollupPeriod.Year(2024));
        Assert.Equal(["130609100", "130609101", "130609102"], townships.Select(r => r.Division.ToString()));
        Assert.Equal(Quantity.MoreThan(70, Unit.Items), townships[0].Figures[Measures.Suggestions]);
        Assert.Empty(townships[2].Figures);

        var themes = rollup.ByTheme(Baoding, RollupPeriod.AsOfEndOf(September));
        Assert.Equal(RollupArbitraries.Themes, themes.Select(r => r.Topic));
        Assert.Equal(Quantity.Exact(26, Unit.Items), themes[1].Figures[Measures.Suggestions]);
        Assert.Empty(rollup.ByFocusArea(Baoding, "rural-revitalisation", RollupPeriod.Year(2024)));
    }

    [Fact]
    public void A_record_outside_the_key_space_is_refused_and_changes_nothing()
    {
        var rollup = new Rollup(Keys);
        rollup.Add(Keys.CreateRecord(Xushui, null, September, Measures.Suggestions, Quantity.Exact(5, Unit.Items)));
        var before = rollup.Clone();
        RollupRecord[] records = [new(0, 0, 0, 0, 100), new(Keys.DivisionCount, 0, 0, 0, 100)];

        var batch = Assert.Throws<ArgumentException>(() => rollup.AddRange(records));
        Assert.Equal("records", batch.ParamName);
        Assert.Throws<ArgumentException>(() => rollup.Add(new RollupRecord(0, Keys.TopicCount, 0, 0, 1)));
        Assert.Throws<ArgumentException>(() => new Rollup(Keys).AddRange(records));
        Assert.Throws<ArgumentException>(() => rollup.AddRangeInPartitions(records, 2, 1));
        Assert.True(rollup.TotalsEqual(before));
        Assert.Equal(1, rollup.RecordCount);
    }

    [Fact]
    public void An_overflowing_total_is_refused_and_changes_nothing()
    {
        var rollup = new Rollup(Keys);
        rollup.Add(new RollupRecord(5, 0, 0, 0, long.MaxValue - 10));
        var before = rollup.Clone();

        Assert.Throws<OverflowException>(() => rollup.Add(new RollupRecord(6, 0, 0, 0, 11)));
        Assert.Throws<OverflowException>(() => rollup.AddRange([new RollupRecord(6, 0, 0, 0, 11)]));
        Assert.Throws<OverflowException>(() => rollup.Add(before));
        var empty = new Rollup(Keys);
        Assert.Throws<OverflowException>(() => empty.AddRange([new RollupRecord(5, 0, 0, 0, long.MaxValue), new RollupRecord(6, 0, 0, 0, 1)]));
        Assert.True(rollup.TotalsEqual(before));
        Assert.True(empty.TotalsEqual(new Rollup(Keys)));
    }

    [Fact]
    public void Figures_must_match_the_measure_and_fit_hundredths()
    {
        Assert.Equal("figure", Assert.Throws<ArgumentException>(() => Keys.CreateRecord(Xushui, null, September, Measures.Suggestions, Quantity.Exact(1, Unit.Times))).ParamName);
        Assert.Equal("figure", Assert.Throws<ArgumentException>(() => Keys.CreateRecord(Xushui, null, September, Measures.Suggestions, Quantity.Exact(1.005m, Unit.Items))).ParamName);
        Assert.Equal("topic", Assert.Throws<ArgumentException>(() => Keys.CreateRecord(Xushui, "sports", September, Measures.Suggestions, Quantity.Exact(1, Unit.Items))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => Keys.CreateRecord(Xushui, null, new YearMonth(2023, 12), Measures.Suggestions, Quantity.Exact(1, Unit.Items))).ParamName);
        Assert.Equal("division", Assert.Throws<ArgumentException>(() => Keys.CreateRecord(DivisionCode.Parse("130610"), null, September, Measures.Suggestions, Quantity.Exact(1, Unit.Items))).ParamName);
        Assert.Equal("hundredths", Assert.Throws<ArgumentException>(() => new RollupRecord(0, 0, 0, 0, -1)).ParamName);
    }

    [Fact]
    public void Merging_needs_the_same_key_space()
    {
        var other = new RollupKeySpaceBuilder().AddDivision(Xushui, DivisionCode.None).AddMonths(September, September).AddMeasure(Measures.Suggestions).Build();
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => Rollup.Merge(new Rollup(Keys), new Rollup(other))).ParamName);
    }
}
