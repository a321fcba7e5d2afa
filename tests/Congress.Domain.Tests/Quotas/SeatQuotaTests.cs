using Congress.Domain.Quotas;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Quotas;

public sealed class SeatQuotaTests
{
    private static readonly LocalDate After2020 = new(2024, 10, 1);
    private static readonly LocalDate Before2020 = new(2016, 1, 1);
    private static readonly SeatQuotaTable Law = SeatQuotaTable.ElectionLaw;

    [Theory]
    [InlineData(QuotaLevel.Province, 74_610_000, 847)]
    [InlineData(QuotaLevel.Province, 200_000_000, 1000)]
    [InlineData(QuotaLevel.Municipality, 21_840_000, 1000)]
    [InlineData(QuotaLevel.Municipality, 13_000_000, 870)]
    [InlineData(QuotaLevel.PrefectureCity, 9_240_000, 609)]
    [InlineData(QuotaLevel.PrefectureCity, 10_000_000, 640)]
    [InlineData(QuotaLevel.PrefectureCity, 12_000_000, 650)]
    [InlineData(QuotaLevel.County, 420_000, 224)]
    [InlineData(QuotaLevel.County, 1_549_999, 449)]
    [InlineData(QuotaLevel.County, 2_000_000, 450)]
    [InlineData(QuotaLevel.County, 4_999, 140)]
    [InlineData(QuotaLevel.Township, 30_000, 65)]
    [InlineData(QuotaLevel.Township, 300_000, 160)]
    public void The_2020_law_gives_these_quotas(QuotaLevel level, long population, int seats) =>
        Assert.Equal(seats, Law.Compute(level, population, After2020).Seats);

    [Fact]
    public void Before_the_seventh_amendment_the_county_base_was_120_and_the_township_base_40()
    {
        var county = Law.Compute(QuotaLevel.County, 420_000, Before2020);
        var township = Law.Compute(QuotaLevel.Township, 30_000, Before2020);

        Assert.Equal(204, county.Seats);
        Assert.Equal(120, county.Rule.Base);
        Assert.Equal(1_650_000, county.Rule.CapAbovePopulation);
        Assert.Equal(60, township.Seats);
        Assert.Equal(40, township.Rule.Base);
    }

    [Fact]
    public void The_amendment_day_switches_the_rule()
    {
        Assert.Equal(120, Law.Compute(QuotaLevel.County, 0, new LocalDate(2020, 10, 16)).Rule.Base);
        Assert.Equal(140, Law.Compute(QuotaLevel.County, 0, new LocalDate(2020, 10, 17)).Rule.Base);
    }

    [Fact]
    public void The_cap_and_the_floor_are_reported()
    {
        var big = Law.Compute(QuotaLevel.County, 2_000_000, After2020);
        var small = Law.Compute(QuotaLevel.County, 30_000, After2020);
        var township = Law.Compute(QuotaLevel.Township, 1_999, After2020);

        Assert.True(big.CapApplied);
        Assert.Equal(540, big.FormulaSeats);
        Assert.False(big.MayBeFewer);
        Assert.False(small.CapApplied);
        Assert.True(small.MayBeFewer);
        Assert.Equal(146, small.Seats);
        Assert.True(township.MayBeFewer);
        Assert.False(Law.Compute(QuotaLevel.Township, 2_000, After2020).MayBeFewer);
    }

    [Fact]
    public void The_bonus_adds_five_percent_rounded_down_after_the_cap()
    {
        var county = Law.Compute(QuotaLevel.County, 2_000_000, After2020, bonus: true);
        var township = Law.Compute(QuotaLevel.Township, 30_000, After2020, bonus: true);

        Assert.Equal(450 + 22, county.Seats);
        Assert.Equal(22, county.BonusSeats);
        Assert.Equal(65 + 3, township.Seats);
    }

    [Fact]
    public void A_bonus_where_the_law_allows_none_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Law.Compute(QuotaLevel.PrefectureCity, 9_000_000, After2020, bonus: true));
        Assert.Equal("bonus", ex.ParamName);
    }

    [Fact]
    public void Dates_before_the_recorded_law_have_no_rule()
    {
        Assert.Null(Law.RuleFor(QuotaLevel.County, new LocalDate(2009, 1, 1)));
        var ex = Assert.Throws<ArgumentException>(() => Law.Compute(QuotaLevel.County, 100_000, new LocalDate(2009, 1, 1)));
        Assert.Equal("date", ex.ParamName);
    }

    [Fact]
    public void Every_rule_cites_the_election_law_and_overlapping_rules_are_refused()
    {
        Assert.All(Law.Rules, r => Assert.Contains("选举法第十一条", r.Source));
        var twice = ElectionLawArticle11.Rules.Append(ElectionLawArticle11.Rules[0]);
        Assert.Throws<ArgumentException>(() => new SeatQuotaTable(twice));
    }

    [Fact]
    public void A_cap_that_would_make_the_quota_fall_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new LawRule(QuotaLevel.County, After2020, null, 140, 5_000, 300, 1_550_000, null, 0, "test"));
        Assert.Equal("capAbovePopulation", ex.ParamName);
    }

    [Property(MaxTest = 500)]
    public Property A_quota_is_monotone_in_population_and_within_its_caps(NonNegativeInt a, NonNegativeInt b, bool bonus)
    {
        var (low, high) = (Math.Min(a.Get, b.Get) * 37L, Math.Max(a.Get, b.Get) * 37L);
        return Law.Rules.Select(rule =>
        {
            var date = rule.EffectiveFrom;
            var useBonus = bonus && rule.BonusAllowed;
            var q1 = Law.Compute(rule.Level, low, date, useBonus);
            var q2 = Law.Compute(rule.Level, high, date, useBonus);
            var capOk = !rule.CapBindsAt(high) || q2.Seats - q2.BonusSeats <= rule.Cap!.Value;
            var bonusOk = q2.BonusSeats <= (q2.Seats - q2.BonusSeats) * rule.BonusPercent / 100;
            return q1.Seats <= q2.Seats && capOk && q2.Seats >= rule.Base && bonusOk && ReferenceEquals(q2.Rule, rule);
        }).All(ok => ok).Label($"{low} {high}");
    }

    [Property(MaxTest = 200)]
    public bool Each_full_block_of_residents_adds_one_seat_below_the_cap(NonNegativeInt blocks, PositiveInt rest)
    {
        return Law.Rules.All(rule =>
        {
            var population = ((long)(blocks.Get % 2000) * rule.PerResidents) + (rest.Get % rule.PerResidents);
            var q = Law.Compute(rule.Level, population, rule.EffectiveFrom);
            return q.FormulaSeats == rule.Base + (blocks.Get % 2000) && (q.CapApplied || q.Seats == q.FormulaSeats);
        });
    }
}
