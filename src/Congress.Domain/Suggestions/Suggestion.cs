using Ardalis.GuardClauses;
using Congress.Domain.Campaigns;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Congress.Domain.Suggestions;

/// <summary>
/// A suggestion (意见建议) of deputies or voters and its life cycle: raised, compiled (整理) by the congress office,
/// assigned (交办) to a department with a deadline, handled, answered (答复) with a text and a date, rated by the deputy
/// for satisfaction; a department can return it as misassigned (退回) and it is assigned again.
/// </summary>
/// <remarks>
/// A forward-only state machine. Every command is dated and checked against a clock (China Standard Time): a step is
/// not dated after today nor before the step before it (CD-SUG-001..005). A command returns an
/// <see cref="Outcome{T}"/>: a new suggestion when accepted; when rejected, its violations and this suggestion,
/// unchanged. Blank or missing arguments throw <see cref="ArgumentException"/> before anything is checked.
/// Immutable and thread-safe; equality is reference equality and <see cref="Id"/> is the identity to store.
/// </remarks>
public sealed class Suggestion
{
    private readonly SuggestionStep[] _history;

    private Suggestion(SuggestionId id, string content, DivisionCode division, SuggestionOrigin origin, FocusArea? focusArea, SuggestionStep[] history)
    {
        Id = id;
        Content = content;
        Division = division;
        Origin = origin;
        FocusArea = focusArea;
        _history = history;
    }

    /// <summary>Its identity.</summary>
    public SuggestionId Id { get; }

    /// <summary>What it says.</summary>
    public string Content { get; }

    /// <summary>The division it concerns (the township or district whose congress compiles it).</summary>
    public DivisionCode Division { get; }

    /// <summary>Where it came from.</summary>
    public SuggestionOrigin Origin { get; }

    /// <summary>The campaign focus area it serves, if any.</summary>
    public FocusArea? FocusArea { get; }

    /// <summary>Every step so far, in order; the first is <see cref="SuggestionState.Raised"/>.</summary>
    public IReadOnlyList<SuggestionStep> History => _history;

    /// <summary>The current state.</summary>
    public SuggestionState State => _history[^1].State;

    /// <summary>When it was raised.</summary>
    public LocalDate RaisedOn => _history[0].On;

    /// <summary>When it last changed.</summary>
    public LocalDate LastChangedOn => _history[^1].On;

    /// <summary>The department of the latest assignment, if it was ever assigned.</summary>
    public string? Department => LastStep(SuggestionState.Assigned)?.Department;

    /// <summary>The deadline of the latest assignment, if it was ever assigned.</summary>
    public LocalDate? Deadline => LastStep(SuggestionState.Assigned)?.Deadline;

    /// <summary>The answer's text, once answered.</summary>
    public string? AnswerText => LastStep(SuggestionState.Answered)?.Text;

    /// <summary>When it was answered, once answered.</summary>
    public LocalDate? AnsweredOn => LastStep(SuggestionState.Answered)?.On;

    /// <summary>The deputy's rating, once rated.</summary>
    public Satisfaction? Satisfaction => LastStep(SuggestionState.Rated)?.Satisfaction;

    /// <summary>Whether it was answered on time: answered no later than every deadline it was given.</summary>
    public bool IsAnsweredOnTime => AnsweredOn is { } answered && _history.All(s => s.Deadline is not { } d || answered <= d);

    /// <summary>Raises (records) a suggestion.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="content">What it says.</param>
    /// <param name="division">The division it concerns.</param>
    /// <param name="origin">Where it came from.</param>
    /// <param name="on">When it was raised.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="focusArea">The campaign focus area it serves, if any.</param>
    /// <returns>The new suggestion, or the violations (CD-SUG-002) with no value.</returns>
    public static Outcome<Suggestion> Raise(SuggestionId id, string content, DivisionCode division, SuggestionOrigin origin, LocalDate on, IClock clock, FocusArea? focusArea = null)
    {
        Guard.Against.InvalidInput(id, nameof(id), i => !i.IsNone, "A suggestion has an identity.");
        Guard.Against.NullOrWhiteSpace(content);
        Guard.Against.InvalidInput(division, nameof(division), d => !d.IsNone, "A suggestion concerns a division.");
        Guard.Against.Null(origin);
        Guard.Against.Null(clock);
        var today = ChinaDate.Today(clock);
        if (on > today)
        {
            return Outcome<Suggestion>.Rejected(null, [Future(id, SuggestionState.Raised, on, today)]);
        }

        return Outcome<Suggestion>.Accepted(new Suggestion(id, content, division, origin, focusArea, [new SuggestionStep(SuggestionState.Raised, on, text: content)]));
    }

    /// <summary>Compiles it (整理): Raised → Compiled.</summary>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The outcome.</returns>
    public Outcome<Suggestion> Compile(LocalDate on, IClock clock) =>
        Step(new SuggestionStep(SuggestionState.Compiled, on), clock, []);

    /// <summary>Assigns it to a department with a deadline (交办): Compiled or Returned → Assigned.</summary>
    /// <param name="department">The department.</param>
    /// <param name="deadline">The deadline, not before <paramref name="on"/> (CD-SUG-004).</param>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The outcome; CD-SUG-005 when it goes back to the department that returned it.</returns>
    public Outcome<Suggestion> Assign(string department, LocalDate deadline, LocalDate on, IClock clock)
    {
        Guard.Against.NullOrWhiteSpace(department);
        var extra = new List<RuleViolation>();
        if (deadline < on)
        {
            extra.Add(SuggestionRules.DeadlineBeforeAssignment.Violation(Id.Value, Iso(deadline), Iso(on)));
        }

        if (State == SuggestionState.Returned && string.Equals(_history[^1].Department, department.Trim(), StringComparison.Ordinal))
        {
            extra.Add(SuggestionRules.ReassignedToReturningDepartment.Violation(Id.Value, department.Trim()));
        }

        return Step(new SuggestionStep(SuggestionState.Assigned, on, department.Trim(), deadline), clock, extra);
    }

    /// <summary>The department returns it as misassigned (退回): Assigned → Returned.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The outcome.</returns>
    public Outcome<Suggestion> Return(string reason, LocalDate on, IClock clock)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        return Step(new SuggestionStep(SuggestionState.Returned, on, Department, text: reason), clock, []);
    }

    /// <summary>The department has handled it (办理): Assigned → Handled.</summary>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The outcome.</returns>
    public Outcome<Suggestion> Handle(LocalDate on, IClock clock) =>
        Step(new SuggestionStep(SuggestionState.Handled, on, Department), clock, []);

    /// <summary>Answers it to the deputy (答复, 反馈): Handled → Answered.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The outcome.</returns>
    public Outcome<Suggestion> Answer(string text, LocalDate on, IClock clock)
    {
        Guard.Against.NullOrWhiteSpace(text);
        return Step(new SuggestionStep(SuggestionState.Answered, on, Department, text: text), clock, []);
    }

    /// <summary>The deputy rates the handling (满意度测评): Answered → Rated.</summary>
    /// <param name="satisfaction">The rating.</param>
    /// <param name="on">When.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The outcome.</returns>
    public Outcome<Suggestion> Rate(Satisfaction satisfaction, LocalDate on, IClock clock)
    {
        Guard.Against.EnumOutOfRange(satisfaction);
        return Step(new SuggestionStep(SuggestionState.Rated, on, satisfaction: satisfaction), clock, []);
    }

    /// <summary>The state it was in at the end of <paramref name="date"/>, or <see langword="null"/> before it was raised.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state then.</returns>
    public SuggestionState? StateOn(LocalDate date) => _history.LastOrDefault(s => s.On <= date)?.State;

    /// <summary>Whether it had been answered by the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was answered on or before that date.</returns>
    public bool IsAnsweredBy(LocalDate date) => AnsweredOn is { } answered && answered <= date;

    /// <summary>
    /// Whether it is overdue on <paramref name="date"/> (超过限时整改期限): by then it had been assigned with a deadline
    /// that passed before that date, and it had not been answered. A missed deadline stays missed: a later reassignment
    /// with a later deadline does not undo it, so once overdue it stays overdue until it is answered.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is overdue then.</returns>
    public bool IsOverdue(LocalDate date) =>
        !IsAnsweredBy(date) && _history.Any(s => s.State == SuggestionState.Assigned && s.On <= date && s.Deadline < date);

    /// <summary>The id, state and date of the last step, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Id} {State} {Iso(LastChangedOn)}";

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static RuleViolation Future(SuggestionId id, SuggestionState state, LocalDate on, LocalDate today) =>
        SuggestionRules.DatedInFuture.Violation(id.Value, state.NameZh(), state, Iso(on), Iso(today));

    private Outcome<Suggestion> Step(SuggestionStep step, IClock clock, List<RuleViolation> extra)
    {
        Guard.Against.Null(clock);
        var violations = new List<RuleViolation>();
        if (!State.CanMoveTo(step.State))
        {
            violations.Add(SuggestionRules.NotAForwardStep.Violation(Id.Value, State.NameZh(), step.State.NameZh(), State, step.State));
        }

        var today = ChinaDate.Today(clock);
        if (step.On > today)
        {
            violations.Add(Future(Id, step.State, step.On, today));
        }

        if (step.On < LastChangedOn)
        {
            violations.Add(SuggestionRules.DatedBeforePreviousStep.Violation(Id.Value, step.State.NameZh(), step.State, Iso(step.On), Iso(LastChangedOn)));
        }

        violations.AddRange(extra);
        return violations.Count > 0
            ? Outcome<Suggestion>.Rejected(this, violations)
            : Outcome<Suggestion>.Accepted(new Suggestion(Id, Content, Division, Origin, FocusArea, [.. _history, step]));
    }

    private SuggestionStep? LastStep(SuggestionState state)
    {
        for (var i = _history.Length - 1; i >= 0; i--)
        {
            if (_history[i].State == state)
            {
                return _history[i];
            }
        }

        return null;
    }
}
