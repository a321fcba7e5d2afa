using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Campaigns;

/// <summary>
/// A schedule of monthly dispatch meetings (定期调度, 调度会): 清苑 "每月都对实践活动开展情况进行调度", five held by the
/// end of September. It holds the months a meeting is due and the dates meetings were held.
/// </summary>
/// <remarks>
/// A month is missed once it has ended with no meeting held in it. Immutable and thread-safe: <see cref="WithMeeting"/>
/// returns a new schedule. Equality is reference equality.
/// </remarks>
public sealed class DispatchSchedule
{
    /// <summary>Creates a monthly schedule.</summary>
    /// <param name="firstMonth">The first month a meeting is due.</param>
    /// <param name="lastMonth">The last month a meeting is due, not before <paramref name="firstMonth"/>.</param>
    /// <param name="held">The dates meetings were held.</param>
    public DispatchSchedule(YearMonth firstMonth, YearMonth lastMonth, IEnumerable<LocalDate>? held = null)
    {
        Guard.Against.InvalidInput(lastMonth, nameof(lastMonth), m => m.CompareTo(firstMonth) >= 0, "The last month is not before the first.");
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
        Held = (held ?? []).Order().ToArray();
    }

    /// <summary>The first month a meeting is due.</summary>
    public YearMonth FirstMonth { get; }

    /// <summary>The last month a meeting is due.</summary>
    public YearMonth LastMonth { get; }

    /// <summary>The dates meetings were held, in order.</summary>
    public IReadOnlyList<LocalDate> Held { get; }

    /// <summary>Every month a meeting is due, in order.</summary>
    public IEnumerable<YearMonth> DueMonths
    {
        get
        {
            for (var m = FirstMonth; m.CompareTo(LastMonth) <= 0; m = m.PlusMonths(1))
            {
                yield return m;
            }
        }
    }

    /// <summary>The number of meetings held on or before <paramref name="asOf"/> (清苑: 5次 by 9月底).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The count.</returns>
    public int HeldBy(LocalDate asOf) => Held.Count(d => d <= asOf);

    /// <summary>The due months that ended before <paramref name="asOf"/> with no meeting held in them.</summary>
    /// <param name="asOf">The date the schedule is judged on.</param>
    /// <returns>The missed months, in order.</returns>
    public IReadOnlyList<YearMonth> MissedMonths(LocalDate asOf) =>
        DueMonths.Where(m => m.OnDayOfMonth(1).PlusMonths(1) <= asOf && !Held.Any(d => d.ToYearMonth() == m)).ToArray();

    /// <summary>A copy with one more meeting held.</summary>
    /// <param name="date">When it was held.</param>
    /// <returns>The new schedule.</returns>
    public DispatchSchedule WithMeeting(LocalDate date) => new(FirstMonth, LastMonth, Held.Append(date));
}
