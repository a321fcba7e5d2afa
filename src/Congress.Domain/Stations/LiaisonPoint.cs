using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Stations;

/// <summary>
/// A deputy home (代表之家) or liaison station (代表联络站), together 家站: where deputies meet voters. It has a kind,
/// a sponsor, the division it serves, the industry it serves when it is an industry home or station, a dated life
/// cycle that only moves forward, and the money put into it (投入资金, in 元).
/// </summary>
/// <remarks>
/// Homes are run by the district (<see cref="Sponsor.DistrictRun"/>), a township (<see cref="Sponsor.TownshipRun"/>)
/// or an industry; stations stand in a village or an enterprise or serve an industry. An industry home or station
/// names its industry; no other does. Immutable and thread-safe: <see cref="Advance"/> and <see cref="Invest"/> return
/// new values, and a refused change leaves the object as it was. Equality is by reference; <see cref="Id"/> is the
/// identity a registering system chooses.
/// </remarks>
public sealed class LiaisonPoint
{
    private readonly StageChange[] _stages;

    /// <summary>Creates a home or station.</summary>
    /// <param name="id">The stable identity chosen by the registering system.</param>
    /// <param name="name">The name as it is written on the sign (满城电力电气行业代表之家).</param>
    /// <param name="kind">Home or station.</param>
    /// <param name="sponsor">Who runs it; must suit the kind.</param>
    /// <param name="servedDivision">The division it serves (a district, a township or a village).</param>
    /// <param name="industry">The industry, required for <see cref="Sponsor.Industry"/> and refused otherwise.</param>
    /// <param name="first">Its first dated stage.</param>
    /// <param name="investment">The money put in so far, in 元; exact zero when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An argument is blank, out of range or inconsistent with another.</exception>
    public LiaisonPoint(string id, string name, LiaisonPointKind kind, Sponsor sponsor, DivisionCode servedDivision, Industry? industry, StageChange first, Quantity? investment = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(sponsor);
        Guard.Against.InvalidInput(sponsor, nameof(sponsor), s => Suits(kind, s), $"A {kind} cannot be run as {sponsor}.");
        Guard.Against.InvalidInput(servedDivision, nameof(servedDivision), d => !d.IsNone, "A home or station serves a division.");
        Guard.Against.InvalidInput(industry, nameof(industry), i => (i is not null) == (sponsor == Sponsor.Industry), "An industry home or station names its industry, and no other does.");
        Guard.Against.EnumOutOfRange(first.Stage, nameof(first));
        var money = investment ?? Quantity.Zero(Unit.Yuan);
        Guard.Against.InvalidInput(money, nameof(investment), q => q.Unit.IsMoney, "Investment is counted in 元.");
        Id = id;
        Name = name;
        Kind = kind;
        Sponsor = sponsor;
        ServedDivision = servedDivision;
        Industry = industry;
        Investment = money;
        _stages = [first];
    }

    private LiaisonPoint(LiaisonPoint source, StageChange[] stages, Quantity investment)
    {
        Id = source.Id;
        Name = source.Name;
        Kind = source.Kind;
        Sponsor = source.Sponsor;
        ServedDivision = source.ServedDivision;
        Industry = source.Industry;
        Investment = investment;
        _stages = stages;
    }

    /// <summary>The stable identity chosen by the registering system.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Home or station.</summary>
    public LiaisonPointKind Kind { get; }

    /// <summary>Who runs it.</summary>
    public Sponsor Sponsor { get; }

    /// <summary>The division it serves.</summary>
    public DivisionCode ServedDivision { get; }

    /// <summary>The industry of an industry home or station; <see langword="null"/> otherwise.</summary>
    public Industry? Industry { get; }

    /// <summary>The money put in (投入资金), in 元; "more than" figures stay "more than" (10万余元).</summary>
    public Quantity Investment { get; }

    /// <summary>Every dated stage change, oldest first; never empty.</summary>
    public IReadOnlyList<StageChange> Stages => _stages;

    /// <summary>The current (latest) stage.</summary>
    public LifeCycleStage Stage => _stages[^1].Stage;

    /// <summary>The stage on <paramref name="date"/>, or <see langword="null"/> before the first change.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The stage in force on that date.</returns>
    public LifeCycleStage? StageOn(LocalDate date)
    {
        LifeCycleStage? stage = null;
        foreach (var change in _stages)
        {
            if (change.On > date)
            {
                break;
            }

            stage = change.Stage;
        }

        return stage;
    }

    /// <summary>Whether it is in use on <paramref name="date"/>: operational or upgraded (建成运行).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether deputies can work there on that date.</returns>
    public bool IsInUseOn(LocalDate date) => StageOn(date) is LifeCycleStage.Operational or LifeCycleStage.Upgraded;

    /// <summary>Moves it into a later stage on a date.</summary>
    /// <param name="stage">The stage entered; must be later than <see cref="Stage"/>.</param>
    /// <param name="on">The date; must not precede the last change.</param>
    /// <returns>The moved home or station, or this one unchanged with CD-STN-001 / CD-STN-002 violations.</returns>
    public ChangeOutcome<LiaisonPoint> Advance(LifeCycleStage stage, LocalDate on)
    {
        Guard.Against.EnumOutOfRange(stage);
        var last = _stages[^1];
        var violations = new List<Rules.RuleViolation>(2);
        if (stage <= last.Stage)
        {
            violations.Add(StationRules.StageMovesForward.Violation(Id, Name, last.Stage, stage));
        }

        if (on < last.On)
        {
            violations.Add(StationRules.StageDatesMoveForward.Violation(Id, Name, IsoDate.Format(last.On), IsoDate.Format(on)));
        }

        if (violations.Count > 0)
        {
            return ChangeOutcome<LiaisonPoint>.Refused(this, [.. violations]);
        }

        return ChangeOutcome<LiaisonPoint>.Accepted(new LiaisonPoint(this, [.. _stages, new StageChange(stage, on)], Investment));
    }

    /// <summary>Adds money put in.</summary>
    /// <param name="amount">The amount, in 元.</param>
    /// <returns>A copy holding the sum (qualifiers combined honestly).</returns>
    /// <exception cref="ArgumentException">The amount is not money.</exception>
    public LiaisonPoint Invest(Quantity amount)
    {
        Guard.Against.InvalidInput(amount, nameof(amount), q => q.Unit.IsMoney, "Investment is counted in 元.");
        return new LiaisonPoint(this, _stages, Investment + amount);
    }

    /// <summary>The name and the current stage, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Name} ({Kind}, {Stage})";

    private static bool Suits(LiaisonPointKind kind, Sponsor sponsor) => kind switch
    {
        LiaisonPointKind.Home => sponsor is Sponsor.DistrictRun or Sponsor.TownshipRun or Sponsor.Industry,
        _ => sponsor is Sponsor.Village or Sponsor.Enterprise or Sponsor.Industry,
    };
}
