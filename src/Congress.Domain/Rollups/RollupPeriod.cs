using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Rollups;

/// <summary>
/// A reporting period of whole months (统计期间): a month, a quarter, a year, a range, or "as of" a date
/// (截至9月底: from January up to and including September).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by first and last month. An empty period has
/// <see cref="Last"/> before <see cref="First"/> and totals nothing.</remarks>
public readonly record struct RollupPeriod
{
    private RollupPeriod(YearMonth first, YearMonth last)
    {
        First = first;
        Last = last;
    }

    /// <summary>The first month, inclusive.</summary>
    public YearMonth First { get; }

    /// <summary>The last month, inclusive.</summary>
    public YearMonth Last { get; }

    /// <summary>Whether the period holds no month.</summary>
    public bool IsEmpty => Last.CompareTo(First) < 0;

    /// <summary>One month (9月).</summary>
    /// <param name="month">The month.</param>
    /// <returns>The period.</returns>
    public static RollupPeriod Month(YearMonth month) => new(month, month);

    /// <summary>A calendar quarter (第三季度).</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    public static RollupPeriod Quarter(int year, int quarter)
    {
        Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4);
        return new(new YearMonth(year, (quarter * 3) - 2), new YearMonth(year, quarter * 3));
    }

    /// <summary>A calendar year (全年).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    public static RollupPeriod Year(int year) => new(new YearMonth(year, 1), new YearMonth(year, 12));

    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month, not before the first.</param>
    /// <returns>The period.</returns>
    public static RollupPeriod Between(YearMonth first, YearMonth last)
    {
        Guard.Against.InvalidInput(last, nameof(last), l => l.CompareTo(first) >= 0, "The last month comes before the first.");
        return new(first, last);
    }

    /// <summary>Year to date up to the end of <paramref name="month"/>: 截至9月底 is January to September.</summary>
    /// <param name="month">The last month included.</param>
    /// <returns>The period.</returns>
    public static RollupPeriod AsOfEndOf(YearMonth month) => new(new YearMonth(month.Year, 1), month);

    /// <summary>
    /// Year to date as of <paramref name="date"/>: the months of its year that ended on or before it. Monthly
    /// figures cannot be split, so 截至9月30日 includes September and 截至9月15日 stops at August
    /// (as of 1 to 30 January the period is empty).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The period.</returns>
    public static RollupPeriod AsOf(LocalDate date)
    {
        var month = date.ToYearMonth();
        var endsMonth = date.PlusDays(1).Month != date.Month;
        var last = endsMonth ? month : date.PlusMonths(-1).ToYearMonth();
        return new(new YearMonth(date.Year, 1), last);
    }

    /// <summary>The period as text: 2024-09, or 2024-01..2024-09.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => First == Last ? First.ToString("yyyy-MM", null) : $"{First:yyyy-MM}..{Last:yyyy-MM}";
}
