using NodaTime;

namespace Congress.Domain.Campaigns;

/// <summary>Checks shared by the catalogue types of campaigns, activities and suggestions.</summary>
internal static class StableCode
{
    /// <summary>The message a malformed code is refused with.</summary>
    public const string Message = "A code holds lower-case letters, digits and hyphens.";

    /// <summary>China Standard Time (UTC+8, no daylight saving): the zone every date of the reports is in.</summary>
    private static readonly DateTimeZone ChinaStandardTime = DateTimeZone.ForOffset(Offset.FromHours(8));

    /// <summary>Whether <paramref name="code"/> holds only lower-case ASCII letters, digits and hyphens.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length > 0 && code.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Today's date in China Standard Time by <paramref name="clock"/>.</summary>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(ChinaStandardTime).Date;
}
