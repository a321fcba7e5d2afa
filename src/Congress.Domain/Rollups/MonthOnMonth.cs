using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Rollups;

/// <summary>A month-on-month comparison (环比) of one measure: this month's total against the previous month's.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Month">The month.</param>
/// <param name="Current">The month's total.</param>
/// <param name="Previous">The previous month's total (exact zero when outside the key space or empty).</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record MonthOnMonth(Measure Measure, YearMonth Month, Quantity Current, Quantity Previous)
{
    /// <summary>The change in base units (negative when the month fell); exact only when <see cref="IsChangeExact"/>.</summary>
    public decimal Change => Current.Value - Previous.Value;

    /// <summary>Whether both totals are exact, so the change is too.</summary>
    public bool IsChangeExact => Current.IsExact && Previous.IsExact;
}
