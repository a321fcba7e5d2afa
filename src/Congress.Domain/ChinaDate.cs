using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain;

/// <summary>
/// Dates as the reports keep them (中国标准时间): every date of the library — a mandate's start, a suggestion's deadline,
/// "today" for a rule — is a date in China Standard Time (UTC+8, no daylight saving).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ChinaDate
{
    /// <summary>China Standard Time: UTC+8, no daylight saving.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset.FromHours(8));

    /// <summary>Today's date in China Standard Time by <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock (a host's own, or <see cref="SystemClock.Instance"/>).</param>
    /// <returns>The date.</returns>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant().InZone(Zone).Date;
    }
}
