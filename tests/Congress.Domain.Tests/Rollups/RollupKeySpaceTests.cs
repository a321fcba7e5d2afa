using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rollups;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Rollups;

public sealed class RollupKeySpaceTests
{
    private static readonly YearMonth September = new(2024, 9);

    [Fact]
    public void Divisions_are_numbered_parents_first_whatever_the_order_they_were_added_in()
    {
        var keys = RollupArbitraries.KeySpace;
        var parents = keys.DivisionParents.ToArray();
        Assert.All(Enumerable.Range(0, parents.Length), i => Assert.True(parents[i] < i));
        Assert.Equal("130000", keys.DivisionCodes[0].ToString());
        var village = keys.DivisionIndex(DivisionCode.Parse("130609100001"));
        Assert.Equal("130609100", keys.DivisionCodes[parents[village]].ToString());
        Assert.Equal(Seed.XushuiCode, keys.DivisionCodes[parents[parents[village]]].ToString());
    }

    [Fact]
    public void Focus_areas_sit_under_their_theme_and_themes_under_all_topics()
    {
        var keys = RollupArbitraries.KeySpace;
        Assert.Equal(RollupKeySpace.AllTopics, keys.TopicIndex(null));
        Assert.Equal(-1, keys.TopicParents[RollupKeySpace.AllTopics]);
        Assert.Equal(RollupKeySpace.AllTopics, keys.TopicParents[keys.TopicIndex("investment")]);
        Assert.Equal(keys.TopicIndex("investment"), keys.TopicParents[keys.TopicIndex("qingyuan-innovation")]);
    }

    [Fact]
    public void Periods_resolve_to_single_nodes_when_they_can()
    {
        var keys = RollupArbitraries.KeySpace;
        Assert.True(keys.TryGetPeriodIndex(RollupPeriod.Month(September), out var month));
        Assert.True(keys.TryGetPeriodIndex(RollupPeriod.Quarter(2024, 3), out var quarter));
        Assert.True(keys.TryGetPeriodIndex(RollupPeriod.Year(2025), out var year));
        Assert.True(keys.TryGetPeriodIndex(RollupPeriod.Between(new YearMonth(2020, 1), new YearMonth(2030, 1)), out var all));
        Assert.Equal(RollupKeySpace.AllPeriods, all);
        Assert.Equal(keys.PeriodCount, new[] { month, quarter, year, all }.Distinct().Count() + (keys.PeriodCount - 4));
        Assert.False(keys.TryGetPeriodIndex(RollupPeriod.AsOfEndOf(September), out _));
        Assert.False(keys.TryGetPeriodIndex(RollupPeriod.Quarter(2025, 2), out _));
        Assert.False(keys.TryGetPeriodIndex(RollupPeriod.Month(new YearMonth(2023, 12)), out _));
        Assert.Equal(1 + 2 + 5 + 15, keys.PeriodCount);
    }

    [Fact]
    public void As_of_a_date_counts_only_months_that_have_ended()
    {
        Assert.Equal(RollupPeriod.AsOfEndOf(September), RollupPeriod.AsOf(new LocalDate(2024, 9, 30)));
        Assert.Equal(new YearMonth(2024, 8), RollupPeriod.AsOf(new LocalDate(2024, 9, 15)).Last);
        Assert.True(RollupPeriod.AsOf(new LocalDate(2024, 1, 15)).IsEmpty);
        Assert.Equal("2024-01..2024-09", RollupPeriod.AsOfEndOf(September).ToString());
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => RollupPeriod.Quarter(2024, 5)).ParamName);
    }

    [Fact]
    public void A_builder_refuses_what_it_cannot_number()
    {
        var xushui = DivisionCode.Parse(Seed.XushuiCode);
        var township = DivisionCode.Parse("130609100");
        Assert.Throws<InvalidOperationException>(() => new RollupKeySpaceBuilder().Build());
        Assert.Throws<InvalidOperationException>(() => new RollupKeySpaceBuilder().AddDivision(township, xushui).AddMonths(September, September).AddMeasure(Measures.Suggestions).Build());
        Assert.Throws<InvalidOperationException>(() => new RollupKeySpaceBuilder().AddDivision(township, xushui).AddDivision(xushui, township).AddMonths(September, September).AddMeasure(Measures.Suggestions).Build());
        Assert.Equal("division", Assert.Throws<ArgumentException>(() => new RollupKeySpaceBuilder().AddDivisionByDigits(xushui).AddDivisionByDigits(xushui)).ParamName);
        Assert.Equal("theme", Assert.Throws<ArgumentException>(() => new RollupKeySpaceBuilder().AddFocusArea("x", "investment")).ParamName);
        Assert.Equal("last", Assert.Throws<ArgumentException>(() => new RollupKeySpaceBuilder().AddMonths(September, September.PlusMonths(-1))).ParamName);
        Assert.Throws<InvalidOperationException>(() => new RollupKeySpaceBuilder().AddDivisionByDigits(xushui).AddMonths(new YearMonth(2000, 1), new YearMonth(2030, 1)).AddMeasure(Measures.Suggestions).Build());
    }
}
