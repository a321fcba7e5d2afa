using Congress.Domain.Activities;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Activities;

/// <summary>Every activity figure of DOMAIN.md's table has an activity kind and a built-in measure.</summary>
public sealed class SeedFigureCatalogueTests
{
    public static TheoryData<string, string, string, decimal, bool> ActivityFigures() => new()
    {
        { Seed.QingyuanCode, "visiting-deputies", "deputies-visited", 260, true },
        { Seed.QingyuanCode, "coordinating-solutions", "problems-solved", 21, false },
        { Seed.QingyuanCode, "dispatch-meeting", "dispatch-meetings", 5, false },
        { Seed.QingyuanCode, "research", "research-inspections", 24, false },
        { Seed.QingyuanCode, "receiving-voters", "voters-received", 810, true },
        { Seed.QingyuanCode, "station-activity", "collective-activities", 130, true },
        { Seed.QingyuanCode, "raising-suggestions", "suggestions", 90, true },
        { Seed.XushuiCode, "investment-talks", "investment-projects", 4, false },
        { Seed.XushuiCode, "investment-talks", "investment-amount", 759_000_000m, false },
        { Seed.XushuiCode, "collecting-investment-leads", "investment-leads", 19, false },
        { Seed.XushuiCode, "raising-suggestions", "suggestions", 22, false },
        { Seed.XushuiCode, "visiting-residents", "residents-visited", 900, true },
        { Seed.XushuiCode, "raising-suggestions", "suggestions", 26, false },
        { Seed.XushuiCode, "station-activity", "station-activities", 60, true },
        { Seed.XushuiCode, "raising-suggestions", "suggestions", 70, true },
        { Seed.XushuiCode, "raising-suggestions", "suggestions", 50, true },
        { Seed.XushuiCode, "forum", "forums", 4, false },
        { Seed.XushuiCode, "hearing-report", "reports-heard", 4, false },
        { Seed.XushuiCode, "inspection", "sites-inspected", 9, false },
        { Seed.XushuiCode, "supervision", "problems-found", 19, false },
        { Seed.XushuiCode, "supervision", "suggestions", 19, false },
        { Seed.ManchengCode, "station-building", "funds-invested", 100_000, true },
    };

    [Theory]
    [MemberData(nameof(ActivityFigures))]
    public void A_seed_figure_is_an_activity_of_a_built_in_kind_with_a_built_in_measure(string district, string kindCode, string measureCode, decimal value, bool moreThan)
    {
        Assert.True(ActivityKinds.TryFind(kindCode, out var kind));
        Assert.True(Measures.TryFind(measureCode, out var measure));
        var figure = new Quantity(value, measure.Unit, moreThan ? Qualifier.MoreThan : Qualifier.Exact);

        var activity = new Activity(new ActivityId("seed"), kind, new LocalDate(2024, 9, 30), DivisionCode.Parse(district), [KeyValuePair.Create(measure, figure)], station: new LiaisonPointRef("seed-station"));

        Assert.Equal(figure, activity.FigureFor(measure));
        Assert.Empty(activity.Validate(CampaignArbitraries.TodayClock()));
    }

    [Fact]
    public void Built_in_kinds_have_unique_codes_and_cover_the_brief()
    {
        var codes = ActivityKinds.BuiltIn.Select(k => k.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Superset(
            new HashSet<string> { "receiving-voters", "visiting-deputies", "visiting-residents", "research", "inspection", "forum", "hearing-report", "dispatch-meeting", "investment-talks", "collecting-investment-leads", "training" },
            codes.ToHashSet());
        Assert.False(ActivityKinds.TryFind("unknown", out _));
    }

    [Fact]
    public void A_figure_in_the_wrong_unit_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Activity(new ActivityId("x"), ActivityKinds.InvestmentTalks, new LocalDate(2024, 9, 30), DivisionCode.Parse(Seed.XushuiCode), [KeyValuePair.Create(Measures.InvestmentAmount, Quantity.Exact(4, Unit.Things))]));
        Assert.Equal("figures", ex.ParamName);
    }

    [Fact]
    public void Figures_are_found_by_measure_code_and_a_code_counts_once()
    {
        var hostsOwn = new Measure("suggestions", "提出意见建议", "suggestions raised", Unit.Items);
        var activity = new Activity(new ActivityId("x"), ActivityKinds.RaisingSuggestions, new LocalDate(2024, 9, 30), DivisionCode.Parse(Seed.XushuiCode), [KeyValuePair.Create(Measures.Suggestions, Quantity.Exact(3, Unit.Items))]);

        Assert.True(activity.TryGetFigure(hostsOwn, out var figure));
        Assert.Equal(Quantity.Exact(3, Unit.Items), figure);
        Assert.False(activity.Counts(Measures.Forums));
        Assert.Equal(Quantity.Zero(Unit.Times), activity.FigureFor(Measures.Forums));
        var renamed = new Measure("suggestions", "意见建议", "suggestions", Unit.Items);
        Assert.Equal("figures", Assert.Throws<ArgumentException>(() => new Activity(new ActivityId("y"), ActivityKinds.RaisingSuggestions, new LocalDate(2024, 9, 30), DivisionCode.Parse(Seed.XushuiCode), [KeyValuePair.Create(Measures.Suggestions, Quantity.Exact(3, Unit.Items)), KeyValuePair.Create(renamed, Quantity.Exact(1, Unit.Items))])).ParamName);
    }
}
