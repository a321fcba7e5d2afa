using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Activities;

/// <summary>徐水's figures "截至目前" recorded as activities under its campaign and summed per city theme.</summary>
public sealed class XushuiFiguresTests
{
    private static readonly LocalDate CutOff = new(2024, 9, 30);
    private static readonly Campaign Xushui = BaodingCampaigns.Xushui;

    private static FocusArea Area(CityTheme theme) => Xushui.FocusAreas.Single(f => f.Theme == theme);

    private static Activity Record(string id, ActivityKind kind, FocusArea? area, params (Measure Measure, Quantity Figure)[] figures) =>
        new(new ActivityId(id), kind, CutOff, DivisionCode.Parse(Seed.XushuiCode), figures.Select(f => KeyValuePair.Create(f.Measure, f.Figure)), station: new LiaisonPointRef("xushui-all"), focusArea: area);

    /// <summary>Every figure of 徐水's report, one activity per figure.</summary>
    public static IReadOnlyList<Activity> Activities()
    {
        var investment = Area(CityThemes.InvestmentAndEnterprise);
        var urban = Area(CityThemes.UrbanRenewal);
        var rural = Area(CityThemes.RuralRevitalisation);
        var grassroots = Area(CityThemes.GrassrootsGovernance);
        return
        [
            Record("xs-invest-talks", ActivityKinds.InvestmentTalks, investment, (Measures.InvestmentProjects, Quantity.Exact(4, Unit.Things)), (Measures.InvestmentAmount, Quantity.Exact(759_000_000m, Unit.Yuan))),
            Record("xs-invest-leads", ActivityKinds.CollectingInvestmentLeads, investment, (Measures.InvestmentLeads, Quantity.Exact(19, Unit.Items))),
            Record("xs-invest-sugg", ActivityKinds.RaisingSuggestions, investment, (Measures.Suggestions, Quantity.Exact(22, Unit.Items))),
            Record("xs-urban-visit", ActivityKinds.VisitingResidents, urban, (Measures.ResidentsVisited, Quantity.MoreThan(900, Unit.PersonVisits))),
            Record("xs-urban-sugg", ActivityKinds.RaisingSuggestions, urban, (Measures.Suggestions, Quantity.Exact(26, Unit.Items))),
            Record("xs-rural-station", ActivityKinds.StationActivity, rural, (Measures.StationActivities, Quantity.MoreThan(60, Unit.Times))),
            Record("xs-rural-sugg", ActivityKinds.RaisingSuggestions, rural, (Measures.Suggestions, Quantity.MoreThan(70, Unit.Items))),
            Record("xs-grass-sugg", ActivityKinds.RaisingSuggestions, grassroots, (Measures.Suggestions, Quantity.MoreThan(50, Unit.Items))),
            Record("xs-sup-forum", ActivityKinds.Forum, null, (Measures.Forums, Quantity.Exact(4, Unit.Times))),
            Record("xs-sup-report", ActivityKinds.HearingReport, null, (Measures.ReportsHeard, Quantity.Exact(4, Unit.Times))),
            Record("xs-sup-inspect", ActivityKinds.Inspection, null, (Measures.SitesInspected, Quantity.Exact(9, Unit.Things))),
            Record("xs-sup-found", ActivityKinds.Supervision, null, (Measures.ProblemsFound, Quantity.Exact(19, Unit.Items)), (Measures.Suggestions, Quantity.Exact(19, Unit.Items))),
        ];
    }

    [Fact]
    public void Suggestions_sum_per_theme_as_the_report_states_them()
    {
        var rollUp = ActivityFigures.SumByTheme(Activities(), Measures.Suggestions);

        Assert.Equal(Quantity.Exact(22, Unit.Items), rollUp[CityThemes.InvestmentAndEnterprise]);
        Assert.Equal(Quantity.Exact(26, Unit.Items), rollUp[CityThemes.UrbanRenewal]);
        Assert.Equal(Quantity.MoreThan(70, Unit.Items), rollUp[CityThemes.RuralRevitalisation]);
        Assert.Equal(Quantity.MoreThan(50, Unit.Items), rollUp[CityThemes.GrassrootsGovernance]);
        Assert.Equal(Quantity.Exact(19, Unit.Items), rollUp.Unthemed);
        Assert.Equal(Quantity.MoreThan(187, Unit.Items), rollUp.Total);
        Assert.Equal("187余条", rollUp.Total.ToString());
    }

    [Fact]
    public void Investment_figures_sum_under_investment_and_enterprise()
    {
        var activities = Activities();

        Assert.Equal(Quantity.Exact(4, Unit.Things), ActivityFigures.SumByTheme(activities, Measures.InvestmentProjects)[CityThemes.InvestmentAndEnterprise]);
        Assert.Equal(Quantity.Exact(759_000_000m, Unit.Yuan), ActivityFigures.SumByTheme(activities, Measures.InvestmentAmount)[CityThemes.InvestmentAndEnterprise]);
        Assert.Equal(Quantity.Exact(19, Unit.Items), ActivityFigures.SumByTheme(activities, Measures.InvestmentLeads)[CityThemes.InvestmentAndEnterprise]);
        Assert.Equal(Quantity.Zero(Unit.Yuan), ActivityFigures.SumByTheme(activities, Measures.InvestmentAmount)[CityThemes.UrbanRenewal]);
    }

    [Fact]
    public void Urban_and_rural_figures_keep_their_more_than()
    {
        var activities = Activities();

        Assert.Equal(Quantity.MoreThan(900, Unit.PersonVisits), ActivityFigures.SumByTheme(activities, Measures.ResidentsVisited)[CityThemes.UrbanRenewal]);
        Assert.Equal(Quantity.MoreThan(60, Unit.Times), ActivityFigures.SumByTheme(activities, Measures.StationActivities)[CityThemes.RuralRevitalisation]);
    }

    [Fact]
    public void Supervision_figures_roll_up_outside_the_themes()
    {
        var totals = ActivityFigures.SumByMeasure(Activities().Where(a => a.FocusArea is null));

        Assert.Equal(Quantity.Exact(4, Unit.Times), totals[Measures.Forums]);
        Assert.Equal(Quantity.Exact(4, Unit.Times), totals[Measures.ReportsHeard]);
        Assert.Equal(Quantity.Exact(9, Unit.Things), totals[Measures.SitesInspected]);
        Assert.Equal(Quantity.Exact(19, Unit.Items), totals[Measures.ProblemsFound]);
        Assert.Equal(Quantity.Exact(19, Unit.Items), totals[Measures.Suggestions]);
        Assert.Empty(ActivityFigures.SumByTheme(Activities(), Measures.ProblemsFound).Themes);
    }

    [Fact]
    public void Every_Xushui_activity_is_valid_under_its_campaign()
    {
        var clock = CampaignArbitraries.TodayClock();
        Assert.All(Activities(), a => Assert.Empty(a.Validate(clock, Xushui)));
    }

    [Fact]
    public void Themes_roll_up_to_the_city_across_districts()
    {
        var manchengRural = new Activity(new ActivityId("mc-1"), ActivityKinds.RaisingSuggestions, CutOff, DivisionCode.Parse(Seed.ManchengCode), [KeyValuePair.Create(Measures.Suggestions, Quantity.Exact(5, Unit.Items))], station: new LiaisonPointRef("mc-home"), focusArea: BaodingCampaigns.Mancheng.FocusAreas[2]);

        var city = ActivityFigures.SumByTheme([.. Activities(), manchengRural], Measures.Suggestions);

        Assert.Equal(Quantity.MoreThan(75, Unit.Items), city[CityThemes.RuralRevitalisation]);
        Assert.Equal(Quantity.MoreThan(192, Unit.Items), city.Total);
    }
}
