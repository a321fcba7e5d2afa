using Ardalis.GuardClauses;
using Congress.Domain.Campaigns;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Activities;

/// <summary>
/// A dated record of what deputies or a home or station did (履职活动记录): its kind, the division it happened in, the
/// station, the deputies, the campaign focus area it served and its figures by measure (走访群众 900余人次,
/// 提出意见建议 26条).
/// </summary>
/// <remarks>
/// One activity can stand for a single event or for a cumulative figure a report gives "截至9月底": then it is dated on
/// the cut-off date. Every figure is in its measure's unit (checked on construction). Immutable and thread-safe;
/// equality is reference equality and <see cref="Id"/> is the identity to store.
/// </remarks>
public sealed class Activity
{
    private readonly KeyValuePair<Measure, Quantity>[] _figures;

    /// <summary>Records an activity.</summary>
    /// <param name="id">Its identity.</param>
    /// <param name="kind">What was done.</param>
    /// <param name="date">When, or the cut-off date of a cumulative figure.</param>
    /// <param name="division">The division it happened in.</param>
    /// <param name="figures">Its figures, at most one per measure, each in its measure's unit.</param>
    /// <param name="deputies">The deputies who took part.</param>
    /// <param name="station">The home or station it happened at, if any.</param>
    /// <param name="focusArea">The campaign focus area it served, if any.</param>
    /// <param name="description">What happened, in words.</param>
    /// <exception cref="ArgumentException">An argument is missing or a figure is not in its measure's unit.</exception>
    public Activity(
        ActivityId id,
        ActivityKind kind,
        LocalDate date,
        DivisionCode division,
        IEnumerable<KeyValuePair<Measure, Quantity>>? figures = null,
        IEnumerable<DeputyId>? deputies = null,
        LiaisonPointRef station = default,
        FocusArea? focusArea = null,
        string? description = null)
    {
        Guard.Against.InvalidInput(id, nameof(id), i => !i.IsNone, "An activity has an identity.");
        Guard.Against.Null(kind);
        Guard.Against.InvalidInput(division, nameof(division), d => !d.IsNone, "An activity happened in a division.");
        var pairs = figures?.ToArray() ?? [];
        Guard.Against.InvalidInput(pairs, nameof(figures), p => p.All(x => x.Key is not null), "A figure names its measure.");
        Guard.Against.InvalidInput(pairs, nameof(figures), p => p.All(x => x.Key.Unit == x.Value.Unit), "Every figure is in its measure's unit.");
        Guard.Against.InvalidInput(pairs, nameof(figures), p => p.Select(x => x.Key).Distinct(CodeComparers.Measure).Count() == p.Length, "At most one figure per measure (by code).");
        var people = deputies?.ToArray() ?? [];
        Guard.Against.InvalidInput(people, nameof(deputies), p => p.All(d => d.Value.Length > 0), "A deputy has an identity.");
        Id = id;
        Kind = kind;
        Date = date;
        Division = division;
        _figures = pairs;
        Measures = pairs.Select(p => p.Key).ToArray();
        Deputies = people.Distinct().ToArray();
        Station = station;
        FocusArea = focusArea;
        Description = description;
    }

    /// <summary>Its identity.</summary>
    public ActivityId Id { get; }

    /// <summary>What was done.</summary>
    public ActivityKind Kind { get; }

    /// <summary>When, or the cut-off date of a cumulative figure.</summary>
    public LocalDate Date { get; }

    /// <summary>The division it happened in.</summary>
    public DivisionCode Division { get; }

    /// <summary>The measures it has figures for, in the order given.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Its figures, in the order given, one per measure.</summary>
    public IReadOnlyList<KeyValuePair<Measure, Quantity>> Figures => _figures;

    /// <summary>The deputies who took part, without repeats.</summary>
    public IReadOnlyList<DeputyId> Deputies { get; }

    /// <summary>The home or station it happened at; <see cref="LiaisonPointRef.IsNone"/> when none.</summary>
    public LiaisonPointRef Station { get; }

    /// <summary>The campaign focus area it served, if any.</summary>
    public FocusArea? FocusArea { get; }

    /// <summary>The city theme its figures roll up to, if it served a focus area.</summary>
    public CityTheme? Theme => FocusArea?.Theme;

    /// <summary>What happened, in words.</summary>
    public string? Description { get; }

    /// <summary>The figure for <paramref name="measure"/> (matched by code): exact zero in its unit when the activity has none.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The figure.</returns>
    public Quantity FigureFor(Measure measure)
    {
        Guard.Against.Null(measure);
        return TryGetFigure(measure, out var q) ? q : Quantity.Zero(measure.Unit);
    }

    /// <summary>Whether the activity has a figure for <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Whether it has one.</returns>
    public bool Counts(Measure measure)
    {
        Guard.Against.Null(measure);
        return TryGetFigure(measure, out _);
    }

    /// <summary>Checks the activity against the CD-ACT rules (see <see cref="ActivityRules.Check"/>).</summary>
    /// <param name="clock">The clock that says what today is (China Standard Time).</param>
    /// <param name="campaign">The campaign it is recorded under, if any.</param>
    /// <param name="ruleSet">The district's rule set: rules it switches off are dropped and its own rules for activities run; <see langword="null"/> for every built-in rule.</param>
    /// <returns>The violations; empty when it is valid.</returns>
    public IReadOnlyList<RuleViolation> Validate(IClock clock, Campaign? campaign = null, RuleSet? ruleSet = null) =>
        ruleSet is null ? ActivityRules.Check(this, clock, campaign) : ruleSet.Apply(this, ActivityRules.Check(this, clock, campaign));

    /// <summary>Finds the figure for <paramref name="measure"/>, matched by code.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="figure">The figure when the activity has one.</param>
    /// <returns>Whether it has one.</returns>
    public bool TryGetFigure(Measure measure, out Quantity figure)
    {
        Guard.Against.Null(measure);
        foreach (var (m, q) in _figures)
        {
            if (CodeComparers.Measure.Equals(m, measure))
            {
                figure = q;
                return true;
            }
        }

        figure = default;
        return false;
    }

    /// <summary>The identity, kind and date, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Id} {Kind.Code} {Date:uuuu-MM-dd}";
}
