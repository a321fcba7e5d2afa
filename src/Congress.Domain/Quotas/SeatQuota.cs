using System.Globalization;
using NodaTime;

namespace Congress.Domain.Quotas;

/// <summary>
/// The seat quota of a congress (代表名额) for a population on a date, with the rule that produced it and what
/// bound it: whether the cap applied, whether the total may be set below the base, and the bonus seats.
/// </summary>
/// <remarks>
/// Rounding: one seat for each <em>full</em> <see cref="LawRule.PerResidents"/> residents (integer division); the
/// bonus is 5 % of the capped total rounded down (never more than 5 %), added after the cap ("另加"). Immutable and
/// thread-safe; equality is by value.
/// </remarks>
/// <param name="Seats">The quota: the most seats the congress may have.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Population">The population it was computed for.</param>
/// <param name="Date">The date whose rule was used.</param>
/// <param name="FormulaSeats">Base plus one per full <see cref="LawRule.PerResidents"/> residents, before the cap.</param>
/// <param name="CapApplied">Whether the cap lowered the formula.</param>
/// <param name="MayBeFewer">Whether the population is below the floor threshold, so the total may be set below the base.</param>
/// <param name="BonusSeats">The bonus seats added (0 without a bonus).</param>
public sealed record SeatQuota(
    int Seats,
    LawRule Rule,
    long Population,
    LocalDate Date,
    int FormulaSeats,
    bool CapApplied,
    bool MayBeFewer,
    int BonusSeats)
{
    /// <summary>The number, as the CLI's text format prints it.</summary>
    /// <returns>The seats.</returns>
    public override string ToString() => Seats.ToString(CultureInfo.InvariantCulture);
}
