using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Quotas;

/// <summary>
/// One dated rule of Election Law art. 11 for one tier (代表名额规则): a base, one more seat per so many residents,
/// a cap (always, or only above a population), a population below which the total may be fewer than the base, and
/// whether the 5 % bonus may be added. Rules are data: the law's amendments are rows with their effective dates.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is by value. The effective dates are inclusive;
/// <see cref="EffectiveUntil"/> is <see langword="null"/> while the rule is in force.
/// </remarks>
public sealed record LawRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="level">The tier.</param>
    /// <param name="effectiveFrom">The first day in force.</param>
    /// <param name="effectiveUntil">The last day in force, or <see langword="null"/> while in force.</param>
    /// <param name="baseSeats">The base (基数).</param>
    /// <param name="perResidents">One more seat for each full this many residents (每N人可以增加一名).</param>
    /// <param name="cap">The most seats (不得超过), or <see langword="null"/> for none.</param>
    /// <param name="capAbovePopulation">The cap binds only above this population (人口超过...的); <see langword="null"/> when it always binds.</param>
    /// <param name="mayBeFewerBelow">Below this population the total may be fewer than the base (人口不足...的，可以少于基数); <see langword="null"/> for never.</param>
    /// <param name="bonusPercent">The bonus the standing committee above may add (另加百分之五), 0 when none.</param>
    /// <param name="source">The law and provision, with the amendment.</param>
    /// <exception cref="ArgumentException">A number is out of range, the dates are reversed, or the cap would make the quota fall as the population grows.</exception>
    public LawRule(
        QuotaLevel level,
        LocalDate effectiveFrom,
        LocalDate? effectiveUntil,
        int baseSeats,
        int perResidents,
        int? cap,
        long? capAbovePopulation,
        long? mayBeFewerBelow,
        int bonusPercent,
        string source)
    {
        Guard.Against.EnumOutOfRange(level);
        Guard.Against.InvalidInput(effectiveUntil, nameof(effectiveUntil), u => u is null || u.Value >= effectiveFrom, "A rule ends on or after it starts.");
        Guard.Against.NegativeOrZero(baseSeats);
        Guard.Against.NegativeOrZero(perResidents);
        Guard.Against.InvalidInput(cap, nameof(cap), c => c is null || c.Value >= baseSeats, "The cap is at least the base.");
        Guard.Against.InvalidInput(capAbovePopulation, nameof(capAbovePopulation), p => p is null || (cap is not null && p.Value >= 0), "A cap threshold needs a cap.");
        Guard.Against.InvalidInput(
            capAbovePopulation,
            nameof(capAbovePopulation),
            p => p is null || baseSeats + (p.Value / perResidents) <= cap!.Value,
            "At the cap threshold the formula must not exceed the cap, or the quota would fall as the population grows.");
        Guard.Against.InvalidInput(mayBeFewerBelow, nameof(mayBeFewerBelow), p => p is null || p.Value > 0, "A floor threshold is positive.");
        Guard.Against.OutOfRange(bonusPercent, nameof(bonusPercent), 0, 100);
        Guard.Against.NullOrWhiteSpace(source);
        Level = level;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Base = baseSeats;
        PerResidents = perResidents;
        Cap = cap;
        CapAbovePopulation = capAbovePopulation;
        MayBeFewerBelow = mayBeFewerBelow;
        BonusPercent = bonusPercent;
        Source = source;
    }

    /// <summary>The tier.</summary>
    public QuotaLevel Level { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day in force, or <see langword="null"/> while in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>The base (基数).</summary>
    public int Base { get; }

    /// <summary>One more seat for each full this many residents.</summary>
    public int PerResidents { get; }

    /// <summary>The most seats, or <see langword="null"/> for none.</summary>
    public int? Cap { get; }

    /// <summary>The cap binds only above this population; <see langword="null"/> when it always binds.</summary>
    public long? CapAbovePopulation { get; }

    /// <summary>Below this population the total may be fewer than the base; <see langword="null"/> for never.</summary>
    public long? MayBeFewerBelow { get; }

    /// <summary>The bonus in percent the standing committee above may add; 0 when the tier has none.</summary>
    public int BonusPercent { get; }

    /// <summary>Whether a bonus may be added.</summary>
    public bool BonusAllowed => BonusPercent > 0;

    /// <summary>The law and provision, with the amendment.</summary>
    public string Source { get; }

    /// <summary>Whether the rule is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date lies in the effective dates.</returns>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <summary>Whether the cap binds for <paramref name="population"/> (it may still not be reached).</summary>
    /// <param name="population">The population.</param>
    /// <returns>Whether a cap is in force for that population.</returns>
    public bool CapBindsAt(long population) => Cap is not null && (CapAbovePopulation is null || population > CapAbovePopulation.Value);

    /// <summary>The tier, the formula and the dates, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Level}: {Base} + 1/{PerResidents}, cap {Cap?.ToString(CultureInfo.InvariantCulture) ?? "-"} ({EffectiveFrom:uuuu-MM-dd}..{EffectiveUntil:uuuu-MM-dd})");
}
