using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Deputies;

/// <summary>
/// The register of mandates (代表资格登记): every mandate of every person, refusing any change that would give a
/// person two concurrent mandates in one congress or an electoral district more than three concurrent deputies.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: a change returns a new register; a refused change returns this very register with the
/// violations. Equality is by reference.
/// </remarks>
public sealed class MandateRegister
{
    private readonly ImmutableList<Mandate> _mandates;
    // Each index is an ImmutableDictionary, or (after AddRange) a Dictionary this register owns and never changes.
    private readonly IReadOnlyDictionary<(DeputyId, CongressKey), ImmutableList<Mandate>> _byPersonAndCongress;

    // The mandates of each electoral district of a congress's term, so the seats-per-district check reads only its own.
    private readonly IReadOnlyDictionary<(CongressKey, int, string), ImmutableList<Mandate>> _byElectoralDistrict;

    // The persistent copies of the indexes, made on the first change of a register loaded in bulk.
    private ImmutableDictionary<(DeputyId, CongressKey), ImmutableList<Mandate>>? _personCopy;
    private ImmutableDictionary<(CongressKey, int, string), ImmutableList<Mandate>>? _districtCopy;

    private MandateRegister(
        ImmutableList<Mandate> mandates,
        IReadOnlyDictionary<(DeputyId, CongressKey), ImmutableList<Mandate>> byPersonAndCongress,
        IReadOnlyDictionary<(CongressKey, int, string), ImmutableList<Mandate>> byElectoralDistrict)
    {
        _mandates = mandates;
        _byPersonAndCongress = byPersonAndCongress;
        _byElectoralDistrict = byElectoralDistrict;
    }

    /// <summary>The register with no mandates.</summary>
    public static MandateRegister Empty { get; } = new(
        [],
        ImmutableDictionary<(DeputyId, CongressKey), ImmutableList<Mandate>>.Empty,
        ImmutableDictionary<(CongressKey, int, string), ImmutableList<Mandate>>.Empty);

    /// <summary>The number of mandates.</summary>
    public int Count => _mandates.Count;

    /// <summary>Every mandate, in the order they were added.</summary>
    public IReadOnlyList<Mandate> Mandates => _mandates;

    /// <summary>Registers a mandate, or refuses it (CD-MND-002, CD-MND-003, CD-MND-004) and leaves the register as it is.</summary>
    /// <param name="mandate">The mandate.</param>
    /// <returns>The register with the mandate, or this register and the violations.</returns>
    public MandateRegisterChange Add(Mandate mandate)
    {
        Guard.Against.Null(mandate);
        var violations = Check(mandate, replacing: null, _byPersonAndCongress, _byElectoralDistrict);
        if (violations.Count > 0)
        {
            return new MandateRegisterChange(this, violations, accepted: false);
        }

        var key = (mandate.Deputy, mandate.Congress);
        var same = _byPersonAndCongress.GetValueOrDefault(key, ImmutableList<Mandate>.Empty);
        var byDistrict = PersistentIndex.Of(_byElectoralDistrict, ref _districtCopy);
        if (mandate.ElectoralDistrict is { } district)
        {
            var districtKey = (mandate.Congress, mandate.Term, district);
            byDistrict = byDistrict.SetItem(districtKey, byDistrict.GetValueOrDefault(districtKey, []).Add(mandate));
        }

        return new MandateRegisterChange(
            new MandateRegister(_mandates.Add(mandate), PersistentIndex.Of(_byPersonAndCongress, ref _personCopy).SetItem(key, same.Add(mandate)), byDistrict),
            [],
            accepted: true);
    }

    /// <summary>
    /// Registers many mandates at once (loading a register: 代表资格批量登记): each is accepted or refused exactly as
    /// <see cref="Add"/> would in the same order, so the result is the register a loop of <see cref="Add"/> would give.
    /// The checks read mutable indexes and the immutable register is built once at the end, which makes loading millions
    /// of mandates linear where a loop of <see cref="Add"/> rebuilds tree paths per mandate.
    /// </summary>
    /// <param name="mandates">The mandates, in order; none may be null.</param>
    /// <returns>The register holding every accepted mandate (this register when none was), and each refused one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mandates"/> or one of them is null; this register is unchanged.</exception>
    public MandateRegisterBatch AddRange(IEnumerable<Mandate> mandates)
    {
        Guard.Against.Null(mandates);
        var all = new List<Mandate>(_mandates);
        var byPerson = new Dictionary<(DeputyId, CongressKey), ImmutableList<Mandate>>(_byPersonAndCongress);
        var byDistrict = new Dictionary<(CongressKey, int, string), ImmutableList<Mandate>>(_byElectoralDistrict);
        var refused = new List<RefusedMandate>();
        var index = -1;
        foreach (var mandate in mandates)
        {
            index++;
            Guard.Against.Null(mandate, nameof(mandates));
            var violations = Check(mandate, replacing: null, byPerson, byDistrict);
            if (violations.Count > 0)
            {
                refused.Add(new RefusedMandate(index, mandate, violations));
                continue;
            }

            all.Add(mandate);
            var key = (mandate.Deputy, mandate.Congress);
            byPerson[key] = byPerson.GetValueOrDefault(key, []).Add(mandate);
            if (mandate.ElectoralDistrict is { } district)
            {
                var districtKey = (mandate.Congress, mandate.Term, district);
                byDistrict[districtKey] = byDistrict.GetValueOrDefault(districtKey, []).Add(mandate);
            }
        }

        var register = all.Count == _mandates.Count
            ? this
            : new MandateRegister(ImmutableList.CreateRange(all), byPerson, byDistrict);
        return new MandateRegisterBatch(register, refused);
    }

    /// <summary>
    /// Ends a registered mandate on <paramref name="lastDay"/> (early, for <paramref name="reason"/>, or with its term when
    /// <see langword="null"/>), or refuses it when moving the end later would overlap another mandate (CD-MND-002, CD-MND-004).
    /// </summary>
    /// <param name="mandate">A registered mandate.</param>
    /// <param name="lastDay">Its last day; not before its start.</param>
    /// <param name="reason">Why it ended early, or <see langword="null"/>.</param>
    /// <returns>The register with the ended mandate, or this register and the violations.</returns>
    /// <exception cref="ArgumentException">The mandate is not registered, or the last day precedes its start; the register is unchanged.</exception>
    public MandateRegisterChange End(Mandate mandate, LocalDate lastDay, MandateEndReason? reason)
    {
        Guard.Against.Null(mandate);
        Guard.Against.InvalidInput(mandate, nameof(mandate), m => _mandates.Contains(m), "The mandate is not in the register.");
        var ended = mandate.EndedOn(lastDay, reason);
        var violations = Check(ended, replacing: mandate, _byPersonAndCongress, _byElectoralDistrict);
        if (violations.Count > 0)
        {
            return new MandateRegisterChange(this, violations, accepted: false);
        }

        var key = (mandate.Deputy, mandate.Congress);
        var byDistrict = PersistentIndex.Of(_byElectoralDistrict, ref _districtCopy);
        if (mandate.ElectoralDistrict is { } district)
        {
            var districtKey = (mandate.Congress, mandate.Term, district);
            byDistrict = byDistrict.SetItem(districtKey, byDistrict[districtKey].Replace(mandate, ended));
        }

        return new MandateRegisterChange(
            new MandateRegister(_mandates.Replace(mandate, ended), PersistentIndex.Of(_byPersonAndCongress, ref _personCopy).SetItem(key, _byPersonAndCongress[key].Replace(mandate, ended)), byDistrict),
            [],
            accepted: true);
    }

    /// <summary>The mandates of one person, in the order they were added.</summary>
    /// <param name="deputy">The person.</param>
    /// <returns>The mandates.</returns>
    public IEnumerable<Mandate> Of(DeputyId deputy) => _mandates.Where(m => m.Deputy == deputy);

    /// <summary>The mandates active on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The mandates.</returns>
    public IEnumerable<Mandate> ActiveOn(LocalDate date) => _mandates.Where(m => m.IsActiveOn(date));

    /// <summary>How many seats of a congress are filled on a date (mandates active that day).</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="date">The date.</param>
    /// <returns>The number of active mandates.</returns>
    public int SeatsFilled(CongressKey congress, LocalDate date) => _mandates.Count(m => m.Congress == congress && m.IsActiveOn(date));

    /// <summary>
    /// The four-level composition of a district on a date: distinct persons with an active provincial, municipal,
    /// county or township mandate whose liaison division (stationed-in, else elected-in) lies within the district.
    /// </summary>
    /// <param name="divisions">The hierarchy.</param>
    /// <param name="district">The district (or any division) of the hierarchy.</param>
    /// <param name="date">The date.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentException">The district is not in the hierarchy.</exception>
    public FourLevelComposition CompositionOf(DivisionHierarchy divisions, DivisionCode district, LocalDate date)
    {
        Guard.Against.Null(divisions);
        Guard.Against.InvalidInput(district, nameof(district), divisions.Contains, "The district is in the hierarchy.");
        return CompositionsOf(divisions, [district], date)[district];
    }

    /// <summary>
    /// The four-level compositions of many districts on a date, in one pass over the register: for each district the
    /// same answer as <see cref="CompositionOf"/>, at the cost of one call instead of one per district (a national
    /// report asks for 3,000 districts over millions of mandates). Districts may nest; a deputy counts in each.
    /// </summary>
    /// <param name="divisions">The hierarchy.</param>
    /// <param name="districts">The districts (or any divisions) of the hierarchy; repeats are ignored.</param>
    /// <param name="date">The date.</param>
    /// <returns>The composition of each district.</returns>
    /// <exception cref="ArgumentException">A district is not in the hierarchy.</exception>
    public IReadOnlyDictionary<DivisionCode, FourLevelComposition> CompositionsOf(DivisionHierarchy divisions, IEnumerable<DivisionCode> districts, LocalDate date)
    {
        Guard.Against.Null(divisions);
        Guard.Against.Null(districts);
        var slotOf = new Dictionary<int, int>();
        var codes = new List<DivisionCode>();
        foreach (var district in districts)
        {
            var index = divisions.FindIndex(district);
            if (index < 0)
            {
                throw new ArgumentException($"Division {district} is not in the hierarchy.", nameof(districts));
            }

            if (slotOf.TryAdd(index, codes.Count))
            {
                codes.Add(district);
            }
        }

        var persons = new HashSet<(int Slot, CongressLevel Level, DeputyId Deputy)>();
        var counts = new int[codes.Count * 4];
        foreach (var m in _mandates)
        {
            if (m.Congress.Level == CongressLevel.National || !m.IsActiveOn(date))
            {
                continue;
            }

            for (var i = divisions.FindIndex(m.LiaisonDivision); i >= 0; i = divisions.ParentIndexAt(i))
            {
                if (slotOf.TryGetValue(i, out var slot) && persons.Add((slot, m.Congress.Level, m.Deputy)))
                {
                    counts[(slot * 4) + m.Congress.Level switch
                    {
                        CongressLevel.Provincial => 0,
                        CongressLevel.Municipal => 1,
                        CongressLevel.County => 2,
                        _ => 3,
                    }]++;
                }
            }
        }

        var result = new Dictionary<DivisionCode, FourLevelComposition>(codes.Count);
        for (var slot = 0; slot < codes.Count; slot++)
        {
            result[codes[slot]] = new FourLevelComposition(counts[slot * 4], counts[(slot * 4) + 1], counts[(slot * 4) + 2], counts[(slot * 4) + 3]);
        }

        return result;
    }

    /// <summary>Checks every mandate against the divisions (<see cref="MandateRules.Check"/>).</summary>
    /// <param name="divisions">The hierarchy.</param>
    /// <returns>The violations, in register order.</returns>
    public IReadOnlyList<RuleViolation> Validate(DivisionHierarchy divisions)
    {
        Guard.Against.Null(divisions);
        return _mandates.SelectMany(m => MandateRules.Check(m, divisions)).ToList();
    }

    // What the register's rules say about holding `candidate` (in place of `replacing`, when given).
    private static List<RuleViolation> Check(
        Mandate candidate,
        Mandate? replacing,
        IReadOnlyDictionary<(DeputyId, CongressKey), ImmutableList<Mandate>> byPerson,
        IReadOnlyDictionary<(CongressKey, int, string), ImmutableList<Mandate>> byDistrict)
    {
        var violations = new List<RuleViolation>(MandateRules.CheckSource(candidate));
        var removed = false;
        foreach (var other in byPerson.GetValueOrDefault((candidate.Deputy, candidate.Congress), ImmutableList<Mandate>.Empty))
        {
            if (!removed && replacing is not null && other.Equals(replacing))
            {
                removed = true;
                continue;
            }

            if (other.Overlaps(candidate))
            {
                violations.Add(MandateRules.OneMandatePerCongress.Violation(MandateRules.Subject(candidate), candidate.Deputy, candidate.Congress, other, candidate));
            }
        }

        if (candidate.ElectoralDistrict is { } district)
        {
            var together = MostActiveTogether(candidate, district, replacing, byDistrict);
            if (together > MandateRules.MaxSeatsPerElectoralDistrict)
            {
                violations.AddRange(MandateRules.CheckElectoralDistrictSeats(district, together));
            }
        }

        return violations;
    }

    // The most mandates of the electoral district (the candidate included) active on one day while the candidate runs:
    // the maximum of overlapping intervals is reached on the start day of one of them.
    // An electoral district holds a handful of mandates, so this allocates only when some overlap the candidate.
    private static int MostActiveTogether(Mandate candidate, string district, Mandate? replacing, IReadOnlyDictionary<(CongressKey, int, string), ImmutableList<Mandate>> byDistrict)
    {
        if (!byDistrict.TryGetValue((candidate.Congress, candidate.Term, district), out var held) || held.Count == 0)
        {
            return 1;
        }

        List<Mandate>? others = null;
        var removed = false;
        foreach (var m in held)
        {
            if (!removed && replacing is not null && m.Equals(replacing))
            {
                removed = true;
                continue;
            }

            if (m.Overlaps(candidate))
            {
                (others ??= []).Add(m);
            }
        }

        if (others is null)
        {
            return 1;
        }

        var most = 1;
        for (var i = -1; i < others.Count; i++)
        {
            var day = i < 0 ? candidate.Start : others[i].Start;
            if (!candidate.IsActiveOn(day))
            {
                continue;
            }

            var together = 1;
            foreach (var m in others)
            {
                together += m.IsActiveOn(day) ? 1 : 0;
            }

            most = Math.Max(most, together);
        }

        return most;
    }
}

/// <summary>The outcome of <see cref="MandateRegister.AddRange"/>: the register and the mandates it refused.</summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class MandateRegisterBatch
{
    internal MandateRegisterBatch(MandateRegister register, IReadOnlyList<RefusedMandate> refused)
    {
        Register = register;
        Refused = refused;
    }

    /// <summary>The register holding every accepted mandate.</summary>
    public MandateRegister Register { get; }

    /// <summary>The refused mandates, in input order, each with why.</summary>
    public IReadOnlyList<RefusedMandate> Refused { get; }
}

/// <summary>A mandate <see cref="MandateRegister.AddRange"/> refused, and why.</summary>
/// <param name="Index">Its position in the input (from 0).</param>
/// <param name="Mandate">The mandate.</param>
/// <param name="Violations">The violations (CD-MND-002, CD-MND-003, CD-MND-004 ...).</param>
/// <remarks>Immutable; equality is by value of the three members (the violations by reference).</remarks>
public sealed record RefusedMandate(int Index, Mandate Mandate, IReadOnlyList<RuleViolation> Violations);

/// <summary>The outcome of a change to a <see cref="MandateRegister"/>.</summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class MandateRegisterChange
{
    internal MandateRegisterChange(MandateRegister register, IReadOnlyList<RuleViolation> violations, bool accepted)
    {
        Register = register;
        Violations = violations;
        Accepted = accepted;
    }

    /// <summary>The register after the change; the unchanged register when it was refused.</summary>
    public MandateRegister Register { get; }

    /// <summary>Whether the change was made.</summary>
    public bool Accepted { get; }

    /// <summary>Why the change was refused; empty when accepted.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }
}
