using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rules;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Activities;

public sealed class ActivityRulesTests
{
    private static Activity Make(LocalDate date, string division = Seed.XushuiCode, FocusArea? area = null, bool actor = true, bool figures = true) =>
        new(
            new ActivityId("a-1"),
            ActivityKinds.ReceivingVoters,
            date,
            DivisionCode.Parse(division),
            figures ? [KeyValuePair.Create(Measures.VotersReceived, Quantity.Exact(12, Unit.PersonVisits))] : null,
            actor ? [new DeputyId("d-1"), new DeputyId("d-1")] : null,
            focusArea: area);

    [Fact]
    public void A_valid_activity_has_no_violations_and_keeps_deputies_once()
    {
        var activity = Make(new LocalDate(2024, 9, 30), "130609100", BaodingCampaigns.Xushui.FocusAreas[3]);
        Assert.Empty(activity.Validate(CampaignArbitraries.TodayClock(), BaodingCampaigns.Xushui));
        Assert.Single(activity.Deputies);
        Assert.Equal(CityThemes.GrassrootsGovernance, activity.Theme);
    }

    [Fact]
    public void Each_rule_is_reported()
    {
        var clock = CampaignArbitraries.TodayClock();
        string Codes(Activity a, Campaign? c = null) => string.Join(",", a.Validate(clock, c).Select(v => v.Code));

        Assert.Equal("CD-ACT-001", Codes(Make(new LocalDate(2024, 10, 1))));
        Assert.Equal("CD-ACT-002", Codes(Make(new LocalDate(2024, 9, 1), area: BaodingCampaigns.Qingyuan.FocusAreas[0]), BaodingCampaigns.Xushui));
        Assert.Equal("CD-ACT-003", Codes(Make(new LocalDate(2024, 3, 20)), BaodingCampaigns.Xushui));
        Assert.Equal("CD-ACT-004", Codes(Make(new LocalDate(2024, 9, 1), Seed.ManchengCode), BaodingCampaigns.Xushui));
        Assert.Equal("CD-ACT-005", Codes(Make(new LocalDate(2024, 9, 1), actor: false)));
        Assert.Equal("CD-ACT-006", Codes(Make(new LocalDate(2024, 9, 1), figures: false)));
        Assert.Equal(RuleSeverity.Info, ActivityRules.NoFigures.Severity);
        Assert.Equal("活动日期2024-10-01晚于今天2024-09-30", Make(new LocalDate(2024, 10, 1)).Validate(clock).Single().Message());
    }

    [Fact]
    public void Today_is_taken_in_China_Standard_Time()
    {
        // 2024-09-30T17:00Z is 2024-10-01 01:00 in Beijing: an activity of 10月1日 is not in the future.
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 9, 30, 17, 0));
        Assert.Empty(Make(new LocalDate(2024, 10, 1)).Validate(clock));
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 200)]
    public Property A_theme_roll_up_adds_up_to_the_plain_sum(Activity[] activities)
    {
        var rollUp = ActivityFigures.SumByTheme(activities, Measures.Suggestions);
        var byThemes = rollUp.Themes.Aggregate(rollUp.Unthemed, (sum, theme) => sum + rollUp[theme]);
        var reversed = ActivityFigures.SumByTheme(activities.Reverse(), Measures.Suggestions);
        return (rollUp.Total == ActivityFigures.Sum(activities, Measures.Suggestions)
                && byThemes == rollUp.Total
                && reversed.Total == rollUp.Total
                && rollUp.Total.IsExact == activities.All(a => a.FigureFor(Measures.Suggestions).IsExact))
            .Label("total = sum of parts, in any order, exact iff every part is");
    }
}
