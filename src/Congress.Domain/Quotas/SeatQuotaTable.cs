using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Quotas;

/// <summary>
/// A table of dated seat-quota rules (名额规则表), at most one in force per tier on any day, and the computation of a
/// quota from it. <see cref="ElectionLaw"/> is Election Law art. 11; a province's own implementing rules can be
/// another table.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class SeatQuotaTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="rules">The rules; no two of one tier may be in force on the same day.</param>
    /// <exception cref="ArgumentException">Two rules of one tier overlap in time.</exception>
    public SeatQuotaTable(IEnumerable<LawRule> rules)
    {
        Guard.Against.Null(rules);
        var sorted = rules.OrderBy(r => r.Level).ThenBy(r => r.EffectiveFrom).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (before, after) = (sorted[i - 1], sorted[i]);
            Guard.Against.InvalidInput(
                after,
                nameof(rules),
                a => a.Level != before.Level || (before.EffectiveUntil is { } until && until < a.EffectiveFrom),
                $"Two {after.Level} rules are in force on {after.EffectiveFrom:uuuu-MM-dd}.");
        }

        Rules = sorted.AsReadOnly();
    }

    /// <summary>Election Law art. 11 (<see cref="ElectionLawArticle11.Rules"/>).</summary>
    public static SeatQuotaTable ElectionLaw { get; } = new(ElectionLawArticle11.Rules);

    /// <summary>The rules, by tier and date.</summary>
    public IReadOnlyList<LawRule> Rules { get; }

    /// <summary>The rule for a tier in force on a date, or <see langword="null"/>.</summary>
    /// <param name="level">The tier.</param>
    /// <param name="date">The date.</param>
    /// <returns>The rule.</returns>
    public LawRule? RuleFor(QuotaLevel level, LocalDate date)
    {
        Guard.Against.EnumOutOfRange(level);
        foreach (var r in Rules)
        {
            if (r.Level == level && r.IsInForceOn(date))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Computes the seat quota of a congress.</summary>
    /// <param name="level">The tier.</param>
    /// <param name="population">The population, 0 or more.</param>
    /// <param name="date">The date whose rule applies.</param>
    /// <param name="bonus">Whether the standing committee above decided the 5 % bonus (ethnic or dispersed populations).</param>
    /// <returns>The quota.</returns>
    /// <exception cref="ArgumentException">The population is negative, no rule is in force on the date, or the tier allows no bonus.</exception>
    public SeatQuota Compute(QuotaLevel level, long population, LocalDate date, bool bonus = false)
    {
        Guard.Against.Negative(population);
        var rule = RuleFor(level, date)
            ?? throw new ArgumentException($"No {level} seat-quota rule is in force on {date:uuuu-MM-dd}.", nameof(date));
        Guard.Against.InvalidInput(bonus, nameof(bonus), b => !b || rule.BonusAllowed, $"The law allows no bonus for a {level} congress.");
        var formula = rule.Base + (int)Math.Min(population / rule.PerResidents, int.MaxValue - rule.Base);
        var capped = rule.CapBindsAt(population) && formula > rule.Cap!.Value ? rule.Cap.Value : formula;
        var bonusSeats = bonus ? capped * rule.BonusPercent / 100 : 0;
        return new SeatQuota(
            capped + bonusSeats,
            rule,
            population,
            date,
            formula,
            CapApplied: capped < formula,
            MayBeFewer: rule.MayBeFewerBelow is { } floor && population < floor,
            bonusSeats);
    }
}
