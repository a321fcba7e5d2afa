using System.Globalization;
using Congress.Domain.Activities;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Suggestions;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Suggestions;

public sealed class SuggestionLifeCycleTests
{
    private static readonly IClock Clock = CampaignArbitraries.TodayClock();

    private static LocalDate D(int month, int day) => new(2024, month, day);

    private static Suggestion Ok(Outcome<Suggestion> outcome)
    {
        Assert.True(outcome.IsAccepted, string.Join("; ", outcome.Violations));
        return outcome.Value;
    }

    private static Suggestion Assigned(LocalDate deadline) =>
        Ok(Ok(CampaignArbitraries.Raised().Compile(D(4, 3), Clock)).Assign("区交通运输局", deadline, D(4, 5), Clock));

    [Fact]
    public void A_suggestion_goes_through_its_whole_life_cycle()
    {
        var s = CampaignArbitraries.Raised();
        s = Ok(s.Compile(D(4, 3), Clock));
        s = Ok(s.Assign("区住建局", D(5, 5), D(4, 5), Clock));
        s = Ok(s.Return("路灯安装不属本单位职责", D(4, 8), Clock));
        s = Ok(s.Assign("区城管局", D(5, 10), D(4, 9), Clock));
        s = Ok(s.Handle(D(5, 1), Clock));
        s = Ok(s.Answer("已安装路灯12盏", D(5, 6), Clock));
        s = Ok(s.Rate(Satisfaction.Satisfied, D(5, 20), Clock));

        Assert.Equal(SuggestionState.Rated, s.State);
        Assert.Equal(
            [SuggestionState.Raised, SuggestionState.Compiled, SuggestionState.Assigned, SuggestionState.Returned, SuggestionState.Assigned, SuggestionState.Handled, SuggestionState.Answered, SuggestionState.Rated],
            s.History.Select(h => h.State));
        Assert.Equal("区城管局", s.Department);
        Assert.Equal(D(5, 10), s.Deadline);
        Assert.Equal("已安装路灯12盏", s.AnswerText);
        Assert.Equal(D(5, 6), s.AnsweredOn);
        Assert.Equal(Satisfaction.Satisfied, s.Satisfaction);
        Assert.False(s.IsAnsweredOnTime);
        Assert.Equal(SuggestionState.Returned, s.StateOn(D(4, 8)));
        Assert.Null(s.StateOn(D(3, 31)));
    }

    [Fact]
    public void Skipping_a_state_is_CD_SUG_001_and_leaves_the_suggestion_unchanged()
    {
        var raised = CampaignArbitraries.Raised();

        var outcome = raised.Assign("区住建局", D(5, 1), D(4, 2), Clock);

        Assert.False(outcome.IsAccepted);
        Assert.Same(raised, outcome.Value);
        Assert.Equal(SuggestionState.Raised, raised.State);
        var violation = Assert.Single(outcome.Violations);
        Assert.Equal("CD-SUG-001", violation.Code);
        Assert.Equal("意见建议处于“提出”状态，不能进入“交办”", violation.Message());
        Assert.Equal("The suggestion is Raised; it cannot move to Assigned", violation.Message(CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Dates_are_checked_against_today_and_the_previous_step()
    {
        var s = Assigned(D(5, 5));

        var future = s.Handle(D(10, 1), Clock);
        var early = s.Handle(D(4, 4), Clock);

        Assert.Equal("CD-SUG-002", Assert.Single(future.Violations).Code);
        Assert.Equal("办理的日期2024-10-01晚于今天2024-09-30", future.Violations[0].Message());
        Assert.Equal("CD-SUG-003", Assert.Single(early.Violations).Code);
        Assert.Same(s, future.Value);
        Assert.Same(s, early.Value);
        Assert.False(Suggestion.Raise(new SuggestionId("s-2"), "x", DivisionCode.Parse(Seed.QingyuanCode), SuggestionOrigin.ByDeputies([new DeputyId("d")]), D(10, 1), Clock).IsAccepted);
    }

    [Fact]
    public void A_deadline_before_the_assignment_is_CD_SUG_004()
    {
        var compiled = Ok(CampaignArbitraries.Raised().Compile(D(4, 3), Clock));
        Assert.Equal("CD-SUG-004", Assert.Single(compiled.Assign("区住建局", D(4, 4), D(4, 5), Clock).Violations).Code);
    }

    [Fact]
    public void A_returned_suggestion_goes_to_another_department_CD_SUG_005()
    {
        var returned = Ok(Assigned(D(5, 5)).Return("交办不当", D(4, 6), Clock));

        var same = returned.Assign("区交通运输局", D(5, 5), D(4, 7), Clock);

        Assert.Equal("CD-SUG-005", Assert.Single(same.Violations).Code);
        Assert.True(returned.Assign("区住建局", D(5, 5), D(4, 7), Clock).IsAccepted);
    }

    [Fact]
    public void Overdue_from_the_day_after_the_deadline_until_answered()
    {
        var s = Ok(Assigned(D(5, 5)).Handle(D(5, 20), Clock));

        Assert.False(s.IsOverdue(D(5, 5)));
        Assert.True(s.IsOverdue(D(5, 6)));
        Assert.True(s.IsOverdue(D(9, 30)));
        Assert.False(s.IsOverdue(D(4, 4)));

        var answered = Ok(s.Answer("已修缮", D(6, 1), Clock));
        Assert.True(answered.IsOverdue(D(5, 31)));
        Assert.False(answered.IsOverdue(D(6, 1)));
        Assert.False(answered.IsAnsweredOnTime);
    }

    [Fact]
    public void Voters_suggestions_are_collected_at_a_station()
    {
        var origin = SuggestionOrigin.FromVotersAt(new LiaisonPointRef("dafu-village"), [new DeputyId("d-7")]);
        Assert.True(origin.IsFromVoters);
        Assert.Equal("dafu-village", origin.Station.Value);
        Assert.Equal("station", Assert.Throws<ArgumentException>(() => SuggestionOrigin.FromVotersAt(default)).ParamName);
        Assert.Equal("deputies", Assert.Throws<ArgumentException>(() => SuggestionOrigin.ByDeputies([])).ParamName);
    }

    [Fact]
    public void Blank_arguments_throw_before_anything_changes()
    {
        var s = Assigned(D(5, 5));
        Assert.Equal("department", Assert.Throws<ArgumentException>(() => s.Assign(" ", D(5, 5), D(4, 6), Clock)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => s.Answer("", D(4, 6), Clock)).ParamName);
        Assert.Equal("satisfaction", Assert.ThrowsAny<ArgumentException>(() => s.Rate((Satisfaction)9, D(4, 6), Clock)).ParamName);
        Assert.Equal(SuggestionState.Assigned, s.State);
    }

    [Fact]
    public void Rates_of_a_set_of_suggestions()
    {
        var onTime = Ok(Ok(Assigned(D(5, 5)).Handle(D(5, 1), Clock)).Answer("已办", D(5, 4), Clock));
        var late = Ok(Ok(Assigned(D(5, 5)).Handle(D(5, 1), Clock)).Answer("已办", D(5, 9), Clock));
        var open = Assigned(D(5, 5));

        var rates = SuggestionRates.Of([onTime, late, open], D(9, 30));

        Assert.Equal((3, 2, 1, 1), (rates.Total, rates.Answered, rates.AnsweredOnTime, rates.Overdue));
        Assert.Equal(2m / 3, rates.AnswerRate);
        Assert.Equal(0.5m, rates.OnTimeRate);
        Assert.Equal(0m, SuggestionRates.Of([onTime, late, open], D(5, 3)).AnswerRate);
        Assert.Null(SuggestionRates.Of([], D(9, 30)).AnswerRate);
        Assert.Null(SuggestionRates.Of([open], D(9, 30)).OnTimeRate);
    }

    [Fact]
    public void Every_suggestion_rule_is_in_the_catalogue()
    {
        var rules = Congress.Domain.Rules.RuleCatalogue.BuiltIn.Where(r => r.Code.StartsWith("CD-SUG-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(7, rules.Length);
    }
}
