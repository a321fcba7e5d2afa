using NodaTime;

namespace Congress.Domain.Reporting.Writing;

/// <summary>
/// The date figures are cumulative to (截至): the end of a month (截至9月底) or a day (截至9月30日).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. Create values with <see cref="EndOf"/> or <see cref="On"/>.</remarks>
public readonly record struct ReportAsOf
{
    private ReportAsOf(YearMonth month, LocalDate? day)
    {
        Month = month;
        Day = day;
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The day, when the figures run to a day rather than to a month's end.</summary>
    public LocalDate? Day { get; }

    /// <summary>Figures to the end of <paramref name="month"/>: 截至9月底.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The as-of date.</returns>
    public static ReportAsOf EndOf(YearMonth month) => new(month, null);

    /// <summary>Figures to <paramref name="day"/>: 截至9月30日.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The as-of date.</returns>
    public static ReportAsOf On(LocalDate day) => new(new YearMonth(day.Year, day.Month), day);

    /// <summary>The Chinese phrase without 截至: 9月底, 2024年9月底, 9月30日.</summary>
    /// <param name="includeYear">Whether to write the year.</param>
    /// <returns>The phrase.</returns>
    public string ToChinese(bool includeYear)
    {
        var year = includeYear ? $"{Month.Year}年" : string.Empty;
        return Day is { } day ? $"{year}{day.Month}月{day.Day}日" : $"{year}{Month.Month}月底";
    }
}
