using Congress.Domain.Activities;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Suggestions;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Suggestions;

public sealed class ProblemTests
{
    private static readonly IClock Clock = CampaignArbitraries.TodayClock();
    private static readonly DivisionCode Xushui = DivisionCode.Parse(Seed.XushuiCode);
    private static readonly DateInterval Campaign = new(new LocalDate(2024, 4, 1), new LocalDate(2024, 12, 31));

    private static Problem Found(int index, LocalDate on, LocalDate? deadline = null) =>
        Problem.Found(new ProblemId($"p-{index}"), "重点点位问题" + index, Xushui, on, Clock, [new ActivityId("xs-sup-inspect")], deadline: deadline).Value!;

    [Fact]
    public void Xushui_nineteen_problems_found_in_supervision_count_19_items()
    {
        var problems = Enumerable.Range(1, 19).Select(i => Found(i, new LocalDate(2024, 6, 1).PlusDays(i))).ToArray();

        Assert.Equal(Quantity.Exact(19, Unit.Items), Problem.CountFound(problems, Campaign));
        Assert.Equal(Measures.ProblemsFound.Unit, Problem.CountFound(problems, Campaign).Unit);
        Assert.All(problems, p => Assert.Equal([new ActivityId("xs-sup-inspect")], p.Activities));
    }

    [Fact]
    public void Qingyuan_problems_solved_count_in_things_and_link_their_activities()
    {
        var problems = Enumerable.Range(1, 21)
            .Select(i => Found(i, new LocalDate(2024, 5, 1)).Solve("道路修缮", new LocalDate(2024, 5, 1).PlusDays(i), Clock, [new ActivityId("qy-visit")]).Value!)
            .ToArray();

        Assert.Equal(Quantity.Exact(21, Unit.Things), Problem.CountSolved(problems, Campaign));
        Assert.All(problems, p => Assert.Equal([new ActivityId("qy-visit")], p.SolvedBy));
    }

    [Fact]
    public void A_problem_names_where_it_came_from()
    {
        var outcome = Problem.Found(new ProblemId("p"), "无来源", Xushui, new LocalDate(2024, 6, 1), Clock);
        Assert.Null(outcome.Value);
        Assert.Equal("CD-SUG-006", Assert.Single(outcome.Violations).Code);
        Assert.True(Problem.Found(new ProblemId("p"), "来自建议", Xushui, new LocalDate(2024, 6, 1), Clock, suggestions: [new SuggestionId("s-1")]).IsAccepted);
    }

    [Fact]
    public void Solving_is_dated_checked_and_happens_once()
    {
        var problem = Found(1, new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30));
        var solved = problem.Solve("即查即改", new LocalDate(2024, 6, 20), Clock).Value!;

        Assert.Equal("CD-SUG-007", Assert.Single(solved.Solve("again", new LocalDate(2024, 7, 1), Clock).Violations).Code);
        Assert.Equal("CD-SUG-003", Assert.Single(problem.Solve("early", new LocalDate(2024, 5, 1), Clock).Violations).Code);
        var future = problem.Solve("future", new LocalDate(2024, 10, 1), Clock);
        Assert.Equal("CD-SUG-002", Assert.Single(future.Violations).Code);
        Assert.Same(problem, future.Value);
        Assert.Null(problem.SolvedOn);
    }

    [Fact]
    public void A_problem_is_overdue_after_its_rectification_deadline_until_solved()
    {
        var problem = Found(1, new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30));
        var solved = problem.Solve("限时整改完成", new LocalDate(2024, 7, 10), Clock).Value!;

        Assert.False(problem.IsOverdue(new LocalDate(2024, 6, 30)));
        Assert.True(problem.IsOverdue(new LocalDate(2024, 7, 1)));
        Assert.True(solved.IsOverdue(new LocalDate(2024, 7, 9)));
        Assert.False(solved.IsOverdue(new LocalDate(2024, 7, 10)));
        Assert.Equal("CD-SUG-004", Assert.Single(Problem.Found(new ProblemId("p"), "x", Xushui, new LocalDate(2024, 6, 1), Clock, [new ActivityId("a")], deadline: new LocalDate(2024, 5, 1)).Violations).Code);
    }
}

public sealed class ProblemPropertiesTests
{
    private static readonly IClock Clock = CampaignArbitraries.TodayClock();
    private static readonly LocalDate Found = new(2024, 4, 1);

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Overdue_on_a_date_stays_overdue_until_solved(byte deadlineDays, byte solvedDays, bool solved, byte day, byte later)
    {
        var problem = Problem.Found(new ProblemId("p"), "问题", DivisionCode.Parse(Seed.XushuiCode), Found, Clock, [new ActivityId("a")], deadline: Found.PlusDays(deadlineDays % 120)).Value!;
        var solvedOn = Found.PlusDays(solvedDays % 180);
        if (solved)
        {
            problem = problem.Solve("已整改", solvedOn, Clock).Value!;
        }

        var d = Found.PlusDays(day);
        var d2 = d.PlusDays(later);
        return !problem.IsOverdue(d) || problem.IsSolvedBy(d2) || problem.IsOverdue(d2);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool A_rejected_solve_leaves_the_problem_unchanged(byte solvedDays, byte againDays)
    {
        var problem = Problem.Found(new ProblemId("p"), "问题", DivisionCode.Parse(Seed.XushuiCode), Found, Clock, [new ActivityId("a")]).Value!;
        var first = problem.Solve("已整改", Found.PlusDays(solvedDays), Clock);
        var current = first.Value!;
        var second = current.Solve("再次", current.FoundOn.PlusDays(againDays), Clock);
        bool UnchangedIfRejected(Outcome<Problem> o, Problem before) => o.IsAccepted || (ReferenceEquals(o.Value, before) && o.Violations.Count > 0);
        return UnchangedIfRejected(first, problem) && UnchangedIfRejected(second, current)
            && (current.SolvedOn is null || !second.IsAccepted)
            && problem.SolvedOn is null;
    }
}
