using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Congresses;

/// <summary>
/// A term of a people's congress (届): its number (第N届) and the dates it runs, from the first session of this
/// congress to the day before the first session of the next.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by number and interval.</remarks>
public sealed record CongressTerm
{
    /// <summary>The length of a term at every level: five years (Constitution arts. 60, 98).</summary>
    public static readonly Period Length = Period.FromYears(5);

    /// <summary>Creates a term.</summary>
    /// <param name="number">The number, 1 or more (第N届).</param>
    /// <param name="interval">The dates, both inclusive.</param>
    /// <exception cref="ArgumentException">The number is below 1 or the interval is null.</exception>
    public CongressTerm(int number, DateInterval interval)
    {
        Guard.Against.NegativeOrZero(number);
        Guard.Against.Null(interval);
        Number = number;
        Interval = interval;
    }

    /// <summary>The number (第N届).</summary>
    public int Number { get; }

    /// <summary>The dates the term runs, both inclusive.</summary>
    public DateInterval Interval { get; }

    /// <summary>A regular five-year term starting on <paramref name="start"/> and ending the day before its fifth anniversary.</summary>
    /// <param name="number">The number.</param>
    /// <param name="start">The first day.</param>
    /// <returns>The term.</returns>
    public static CongressTerm FiveYears(int number, LocalDate start) =>
        new(number, new DateInterval(start, start.Plus(Length).PlusDays(-1)));

    /// <summary>Whether the term runs on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the interval contains it.</returns>
    public bool Contains(LocalDate date) => Interval.Contains(date);

    /// <summary>The Chinese ordinal: 第17届.</summary>
    /// <returns>The ordinal.</returns>
    public string OrdinalZh() => string.Create(CultureInfo.InvariantCulture, $"第{Number}届");

    /// <summary>The ordinal and the dates: <c>第17届 2021-09-01/2026-08-31</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OrdinalZh()} {Interval.Start:uuuu-MM-dd}/{Interval.End:uuuu-MM-dd}");
}
