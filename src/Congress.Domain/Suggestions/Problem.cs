using Ardalis.GuardClauses;
using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Suggestions;

/// <summary>
/// A problem (问题) found in supervision (发现问题: 徐水 查阅问题清单台账、实地检查 ... 发现问题19条) or brought to
/// deputies, possibly with a deadline for rectification (限时整改), and solved once coordinated (协调解决问题: 清苑
/// 送政策上门、道路修缮等问题21个). It is linked to the activities and suggestions it came from.
/// </summary>
/// <remarks>
/// Commands are dated and checked against a clock like those of <see cref="Suggestion"/> and return an
/// <see cref="Outcome{T}"/>; a rejected command leaves the problem unchanged. Immutable and thread-safe; equality is
/// reference equality and <see cref="Id"/> is the identity to store.
/// </remarks>
public sealed class Problem
{
    private Problem(ProblemId id, string description, DivisionCode division, LocalDate foundOn, ActivityId[] activities, SuggestionId[] suggestions, LocalDate? deadline, LocalDate? solvedOn, string? solution, ActivityId[] solvedBy)
    {
        Id = id;
        Description = description;
        Division = division;
        FoundOn = foundOn;
        Activities = activities;
        Suggestions = suggestions;
        Deadline = deadline;
        SolvedOn = solvedOn;
        Solution = solution;
        SolvedBy = solvedBy;
    }

    /// <summary>Its identity.</summary>
    public ProblemId Id { get; }

    /// <summary>What the problem is.</summary>
    public string Description { get; }

    /// <summary>The division it concerns.</summary>
    public DivisionCode Division { get; }

    /// <summary>When it was found.</summary>
    public LocalDate FoundOn { get; }

    /// <summary>The activities it was found in (视察, 实地检查, 走访).</summary>
    public IReadOnlyList<ActivityId> Activities { get; }

    /// <summary>The suggestions it came from or gave rise to.</summary>
    public IReadOnlyList<SuggestionId> Suggestions { get; }

    /// <summary>The deadline for rectification (限时整改), if one was set.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>When it was solved, once solved.</summary>
    public LocalDate? SolvedOn { get; }

    /// <summary>How it was solved, once solved.</summary>
    public string? Solution { get; }

    /// <summary>The activities that coordinated its solution (协调).</summary>
    public IReadOnlyList<ActivityId> SolvedBy { get; }

    /// <summary>Records a problem found.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="description">What the problem is.</param>
    /// <param name="division">The division it concerns.</param>
    /// <param name="foundOn">When it was found.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="activities">The activities it was found in.</param>
    /// <param name="suggestions">The suggestions it came from.</param>
    /// <param name="deadline">The deadline for rectification, if any; not before <paramref name="foundOn"/>.</param>
    /// <returns>The problem, or the violations (CD-SUG-002, 004, 006) with no value.</returns>
    public static Outcome<Problem> Found(
        ProblemId id,
        string description,
        DivisionCode division,
        LocalDate foundOn,
        IClock clock,
        IEnumerable<ActivityId>? activities = null,
        IEnumerable<SuggestionId>? suggestions = null,
        LocalDate? deadline = null)
    {
        Guard.Against.InvalidInput(id, nameof(id), i => !i.IsNone, "A problem has an identity.");
        Guard.Against.NullOrWhiteSpace(description);
        Guard.Against.InvalidInput(division, nameof(division), d => !d.IsNone, "A problem concerns a division.");
        Guard.Against.Null(clock);
        var fromActivities = activities?.Distinct().ToArray() ?? [];
        var fromSuggestions = suggestions?.Distinct().ToArray() ?? [];
        Guard.Against.InvalidInput(fromActivities, nameof(activities), a => a.All(x => !x.IsNone), "An activity has an identity.");
        Guard.Against.InvalidInput(fromSuggestions, nameof(suggestions), a => a.All(x => !x.IsNone), "A suggestion has an identity.");
        var violations = new List<RuleViolation>();
        var today = ChinaDate.Today(clock);
        if (foundOn > today)
        {
            violations.Add(SuggestionRules.DatedInFuture.Violation(id.Value, "发现问题", "Finding the problem", Suggestion.Iso(foundOn), Suggestion.Iso(today)));
        }

        if (deadline is { } d && d < foundOn)
        {
            violations.Add(SuggestionRules.DeadlineBeforeAssignment.Violation(id.Value, Suggestion.Iso(d), Suggestion.Iso(foundOn)));
        }

        if (fromActivities.Length == 0 && fromSuggestions.Length == 0)
        {
            violations.Add(SuggestionRules.ProblemWithoutSource.Violation(id.Value));
        }

        return violations.Count > 0
            ? Outcome<Problem>.Rejected(null, violations)
            : Outcome<Problem>.Accepted(new Problem(id, description, division, foundOn, fromActivities, fromSuggestions, deadline, null, null, []));
    }

    /// <summary>Records that the problem was solved (协调解决).</summary>
    /// <param name="solution">How it was solved.</param>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="solvedBy">The activities that coordinated the solution, if any.</param>
    /// <returns>The outcome; CD-SUG-007 when already solved.</returns>
    public Outcome<Problem> Solve(string solution, LocalDate on, IClock clock, IEnumerable<ActivityId>? solvedBy = null)
    {
        Guard.Against.NullOrWhiteSpace(solution);
        Guard.Against.Null(clock);
        var by = solvedBy?.Distinct().ToArray() ?? [];
        Guard.Against.InvalidInput(by, nameof(solvedBy), a => a.All(x => !x.IsNone), "An activity has an identity.");
        var violations = new List<RuleViolation>();
        if (SolvedOn is { } solved)
        {
            violations.Add(SuggestionRules.ProblemAlreadySolved.Violation(Id.Value, Suggestion.Iso(solved)));
        }

        var today = ChinaDate.Today(clock);
        if (on > today)
        {
            violations.Add(SuggestionRules.DatedInFuture.Violation(Id.Value, "解决问题", "Solving the problem", Suggestion.Iso(on), Suggestion.Iso(today)));
        }

        if (on < FoundOn)
        {
            violations.Add(SuggestionRules.DatedBeforePreviousStep.Violation(Id.Value, "解决问题", "Solving the problem", Suggestion.Iso(on), Suggestion.Iso(FoundOn)));
        }

        return violations.Count > 0
            ? Outcome<Problem>.Rejected(this, violations)
            : Outcome<Problem>.Accepted(new Problem(Id, Description, Division, FoundOn, [.. Activities], [.. Suggestions], Deadline, on, solution, by));
    }

    /// <summary>Whether it had been solved by the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was solved on or before that date.</returns>
    public bool IsSolvedBy(LocalDate date) => SolvedOn is { } solved && solved <= date;

    /// <summary>Whether its rectification deadline passed before <paramref name="date"/> with the problem unsolved.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is overdue then.</returns>
    public bool IsOverdue(LocalDate date) => Deadline is { } d && d < date && date >= FoundOn && !IsSolvedBy(date);

    /// <summary>Counts the problems found within <paramref name="period"/>, in the unit of <see cref="Measures.ProblemsFound"/> (条).</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="period">The period.</param>
    /// <returns>An exact count.</returns>
    public static Quantity CountFound(IEnumerable<Problem> problems, DateInterval period)
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(period);
        return Quantity.Exact(problems.Count(p => period.Contains(p.FoundOn)), Measures.ProblemsFound.Unit);
    }

    /// <summary>Counts the problems solved within <paramref name="period"/>, in the unit of <see cref="Measures.ProblemsSolved"/> (个).</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="period">The period.</param>
    /// <returns>An exact count.</returns>
    public static Quantity CountSolved(IEnumerable<Problem> problems, DateInterval period)
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(period);
        return Quantity.Exact(problems.Count(p => p.SolvedOn is { } s && period.Contains(s)), Measures.ProblemsSolved.Unit);
    }

    /// <summary>The id and dates, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Id} found {Suggestion.Iso(FoundOn)}" + (SolvedOn is { } s ? $" solved {Suggestion.Iso(s)}" : string.Empty);
}
