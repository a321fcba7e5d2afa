using NodaTime;
using Congress.Domain.Deputies;

namespace Congress.Domain.Stations;

/// <summary>
/// One assignment of a deputy to a home or station (进家入站): from a date, until the date it ended (exclusive),
/// or open.
/// </summary>
/// <param name="Deputy">The deputy.</param>
/// <param name="PointId">The <see cref="LiaisonPoint.Id"/> of the home or station.</param>
/// <param name="PointName">The name of the home or station when assigned.</param>
/// <param name="From">The first day of the assignment.</param>
/// <param name="Until">The first day the deputy was no longer assigned; <see langword="null"/> while open.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record DeputyAssignment(DeputyId Deputy, string PointId, string PointName, LocalDate From, LocalDate? Until)
{
    /// <summary>Whether the assignment is open (not ended).</summary>
    public bool IsOpen => Until is null;

    /// <summary>Whether the deputy is assigned on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <paramref name="date"/> lies in [From, Until).</returns>
    public bool IsActiveOn(LocalDate date) => From <= date && (Until is not { } until || date < until);
}
