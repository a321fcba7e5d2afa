using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Congress.Domain.Deputies;
using NodaTime;

namespace Congress.Domain.Stations;

/// <summary>
/// The register of deputy assignments (进家入站登记): each deputy is assigned to one home or station at a time, within
/// the area their congress covers, and every past assignment is kept.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: every change returns a new register, and a refused change returns this register
/// unchanged with its violations (CD-ASG-001..005). Equality is by reference.
/// </remarks>
public sealed class AssignmentRegister
{
    // An ImmutableDictionary, or (from a builder) a Dictionary this register owns and never changes.
    private readonly IReadOnlyDictionary<DeputyId, ImmutableList<DeputyAssignment>> _byDeputy;

    // The persistent copy of the index, made on the first change of a register that came from a builder.
    private ImmutableDictionary<DeputyId, ImmutableList<DeputyAssignment>>? _copy;

    private AssignmentRegister(IReadOnlyDictionary<DeputyId, ImmutableList<DeputyAssignment>> byDeputy) => _byDeputy = byDeputy;

    /// <summary>The empty register.</summary>
    public static AssignmentRegister Empty { get; } = new(ImmutableDictionary<DeputyId, ImmutableList<DeputyAssignment>>.Empty);

    /// <summary>The deputies with at least one assignment, past or present.</summary>
    public IEnumerable<DeputyId> Deputies => _byDeputy.Keys;

    /// <summary>Assigns a deputy to a home or station from a date.</summary>
    /// <param name="deputy">The deputy and the congress whose area bounds where they may go.</param>
    /// <param name="point">The home or station.</param>
    /// <param name="on">The first day.</param>
    /// <param name="tree">The hierarchy that says what lies within what; the code digits when <see langword="null"/>.</param>
    /// <returns>The new register, or this one with CD-ASG-001, CD-ASG-002 or CD-ASG-003 violations.</returns>
    public ChangeOutcome<AssignmentRegister> Assign(LiaisonDeputy deputy, LiaisonPoint point, LocalDate on, IDivisionTree? tree = null)
    {
        Guard.Against.Null(point);
        Guard.Against.InvalidInput(deputy, nameof(deputy), d => d.Deputy.Value.Length > 0, "A deputy has an identity.");
        var violations = CheckAssign(History(deputy.Deputy), deputy, point, on, tree);
        if (violations.Count > 0)
        {
            return ChangeOutcome<AssignmentRegister>.Refused(this, [.. violations]);
        }

        var assignment = new DeputyAssignment(deputy.Deputy, point.Id, point.Name, on, null);
        var list = _byDeputy.TryGetValue(deputy.Deputy, out var existing) ? existing.Add(assignment) : [assignment];
        return ChangeOutcome<AssignmentRegister>.Accepted(new AssignmentRegister(PersistentIndex.Of(_byDeputy, ref _copy).SetItem(deputy.Deputy, list)));
    }

    /// <summary>
    /// A mutable copy of this register for loading many changes (进家入站批量登记): its commands accept or refuse exactly
    /// as this register's would, and <see cref="Builder.ToRegister"/> gives the register a chain of them would give.
    /// </summary>
    /// <returns>A builder holding this register's assignments.</returns>
    public Builder ToBuilder() => new(_byDeputy);

    // The rules of Assign, against a deputy's history: CD-ASG-001, CD-ASG-002, CD-ASG-003.
    private static List<Rules.RuleViolation> CheckAssign(IReadOnlyList<DeputyAssignment> history, LiaisonDeputy deputy, LiaisonPoint point, LocalDate on, IDivisionTree? tree)
    {
        tree ??= DivisionTreeByDigits.Instance;
        var subject = deputy.Deputy.Value;
        var violations = new List<Rules.RuleViolation>(3);
        if (history.Count > 0 && history[^1] is var last && (last.Until is not { } until || until > on))
        {
            violations.Add(AssignmentRules.OneAtATime.Violation(subject, subject, last.PointName, IsoDate.Format(last.From)));
        }

        if (deputy.Level != Congresses.CongressLevel.National && !tree.IsWithin(point.ServedDivision, deputy.CongressArea))
        {
            violations.Add(AssignmentRules.WithinCongressArea.Violation(subject, subject, point.Name, point.ServedDivision, deputy.CongressArea));
        }

        if (!point.IsInUseOn(on))
        {
            violations.Add(AssignmentRules.PointInUse.Violation(subject, subject, point.Name, IsoDate.Format(on), point.StageOn(on)?.ToString() ?? "not yet planned"));
        }

        return violations;
    }

    // The rules of End, against a deputy's history: CD-ASG-004, CD-ASG-005; null when it may end.
    private static Rules.RuleViolation? CheckEnd(IReadOnlyList<DeputyAssignment> history, DeputyId deputy, LocalDate on)
    {
        if (history.Count == 0 || !history[^1].IsOpen)
        {
            return AssignmentRules.EndsOnlyWhenOpen.Violation(deputy.Value, deputy.Value);
        }

        var open = history[^1];
        return on <= open.From
            ? AssignmentRules.EndsAfterStart.Violation(deputy.Value, deputy.Value, open.PointName, IsoDate.Format(open.From), IsoDate.Format(on))
            : null;
    }

    /// <summary>Assigns the holder of a mandate, which must be active on the date (CD-ASG-007).</summary>
    /// <param name="mandate">The mandate the deputy is assigned under; its congress bounds where they may go.</param>
    /// <param name="point">The home or station.</param>
    /// <param name="on">The first day.</param>
    /// <param name="tree">The hierarchy (for example a <see cref="DivisionHierarchyTree"/>); the code digits when <see langword="null"/>.</param>
    /// <returns>The new register, or this one with CD-ASG-001, CD-ASG-002, CD-ASG-003 or CD-ASG-007 violations.</returns>
    public ChangeOutcome<AssignmentRegister> AssignUnder(Mandate mandate, LiaisonPoint point, LocalDate on, IDivisionTree? tree = null)
    {
        Guard.Against.Null(mandate);
        var outcome = Assign(LiaisonDeputy.From(mandate), point, on, tree);
        if (mandate.IsActiveOn(on))
        {
            return outcome;
        }

        var inactive = AssignmentRules.MandateActive.Violation(mandate.Deputy.Value, mandate.Deputy.Value, IsoDate.Format(on));
        return ChangeOutcome<AssignmentRegister>.Refused(this, [.. outcome.Violations, inactive]);
    }

    /// <summary>Ends a deputy's open assignment; <paramref name="on"/> is the first day they are no longer assigned.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="on">The first day without the assignment; after its start.</param>
    /// <returns>The new register, or this one with a CD-ASG-004 or CD-ASG-005 violation.</returns>
    public ChangeOutcome<AssignmentRegister> End(DeputyId deputy, LocalDate on)
    {
        Guard.Against.InvalidInput(deputy, nameof(deputy), d => d.Value.Length > 0, "A deputy has an identity.");
        var history = History(deputy);
        if (CheckEnd(history, deputy, on) is { } refusal)
        {
            return ChangeOutcome<AssignmentRegister>.Refused(this, refusal);
        }

        var list = _byDeputy[deputy].SetItem(history.Count - 1, history[^1] with { Until = on });
        return ChangeOutcome<AssignmentRegister>.Accepted(new AssignmentRegister(PersistentIndex.Of(_byDeputy, ref _copy).SetItem(deputy, list)));
    }

    /// <summary>Moves a deputy to another home or station on a date: ends the open assignment and starts the new one, or neither.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="point">The new home or station.</param>
    /// <param name="on">The first day at the new one.</param>
    /// <param name="tree">The hierarchy; the code digits when <see langword="null"/>.</param>
    /// <returns>The new register, or this one with the violations of either step.</returns>
    public ChangeOutcome<AssignmentRegister> Move(LiaisonDeputy deputy, LiaisonPoint point, LocalDate on, IDivisionTree? tree = null)
    {
        var ended = End(deputy.Deputy, on);
        if (!ended.IsAccepted)
        {
            return ended;
        }

        var assigned = ended.Value.Assign(deputy, point, on, tree);
        return assigned.IsAccepted ? assigned : ChangeOutcome<AssignmentRegister>.Refused(this, [.. assigned.Violations]);
    }

    /// <summary>Every assignment of a deputy, oldest first.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <returns>The history; empty when never assigned.</returns>
    public IReadOnlyList<DeputyAssignment> History(DeputyId deputy) =>
        _byDeputy.TryGetValue(deputy, out var list) ? list : [];

    /// <summary>The assignment of a deputy on a date.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="date">The date.</param>
    /// <returns>The assignment active on that date, or <see langword="null"/>.</returns>
    public DeputyAssignment? AssignmentOn(DeputyId deputy, LocalDate date)
    {
        if (!_byDeputy.TryGetValue(deputy, out var list))
        {
            return null;
        }

        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].IsActiveOn(date))
            {
                return list[i];
            }
        }

        return null;
    }

    /// <summary>
    /// A mutable assignment register for loading many changes at once (<see cref="ToBuilder"/>): the same rules and
    /// answers as <see cref="AssignmentRegister"/>, with mutable indexes, and one immutable register built at the end.
    /// </summary>
    /// <remarks>Not thread-safe. A refused command changes nothing.</remarks>
    public sealed class Builder
    {
        private Dictionary<DeputyId, ImmutableList<DeputyAssignment>> _byDeputy;

        // Whether a register built by ToRegister holds _byDeputy: the next change then works on a copy.
        private bool _handedOver;

        internal Builder(IReadOnlyDictionary<DeputyId, ImmutableList<DeputyAssignment>> byDeputy) => _byDeputy = new(byDeputy);

        private Dictionary<DeputyId, ImmutableList<DeputyAssignment>> Writable()
        {
            if (_handedOver)
            {
                _byDeputy = new(_byDeputy);
                _handedOver = false;
            }

            return _byDeputy;
        }

        /// <summary>Assigns the holder of a mandate, as <see cref="AssignmentRegister.AssignUnder"/> does.</summary>
        /// <param name="mandate">The mandate the deputy is assigned under.</param>
        /// <param name="point">The home or station.</param>
        /// <param name="on">The first day.</param>
        /// <param name="tree">The hierarchy; the code digits when <see langword="null"/>.</param>
        /// <returns>The violations (CD-ASG-001, -002, -003, -007); empty when the assignment was made.</returns>
        public IReadOnlyList<Rules.RuleViolation> AssignUnder(Mandate mandate, LiaisonPoint point, LocalDate on, IDivisionTree? tree = null)
        {
            Guard.Against.Null(mandate);
            Guard.Against.Null(point);
            var deputy = LiaisonDeputy.From(mandate);
            var violations = CheckAssign(History(deputy.Deputy), deputy, point, on, tree);
            if (!mandate.IsActiveOn(on))
            {
                violations.Add(AssignmentRules.MandateActive.Violation(mandate.Deputy.Value, mandate.Deputy.Value, IsoDate.Format(on)));
            }

            if (violations.Count > 0)
            {
                return violations;
            }

            var assignment = new DeputyAssignment(deputy.Deputy, point.Id, point.Name, on, null);
            Writable()[deputy.Deputy] = _byDeputy.TryGetValue(deputy.Deputy, out var existing) ? existing.Add(assignment) : [assignment];
            return [];
        }

        /// <summary>Ends a deputy's open assignment, as <see cref="AssignmentRegister.End"/> does.</summary>
        /// <param name="deputy">The deputy.</param>
        /// <param name="on">The first day without the assignment.</param>
        /// <returns>The violations (CD-ASG-004, -005); empty when it was ended.</returns>
        public IReadOnlyList<Rules.RuleViolation> End(DeputyId deputy, LocalDate on)
        {
            Guard.Against.InvalidInput(deputy, nameof(deputy), d => d.Value.Length > 0, "A deputy has an identity.");
            var history = History(deputy);
            if (CheckEnd(history, deputy, on) is { } refusal)
            {
                return [refusal];
            }

            Writable()[deputy] = _byDeputy[deputy].SetItem(history.Count - 1, history[^1] with { Until = on });
            return [];
        }

        /// <summary>Every assignment of a deputy so far, oldest first.</summary>
        /// <param name="deputy">The deputy.</param>
        /// <returns>The history; empty when never assigned.</returns>
        public IReadOnlyList<DeputyAssignment> History(DeputyId deputy) =>
            _byDeputy.TryGetValue(deputy, out var list) ? list : [];

        /// <summary>The immutable register of the assignments made.</summary>
        /// <returns>A new register; the builder may go on (its next change copies what it handed over).</returns>
        public AssignmentRegister ToRegister()
        {
            _handedOver = true;
            return new(_byDeputy);
        }
    }
}
