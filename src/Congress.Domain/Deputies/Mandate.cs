using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using NodaTime;

namespace Congress.Domain.Deputies;

/// <summary>
/// A person's seat in one congress for one term (代表资格): how it was won, from when to when, why it ended early if it
/// did, and where the deputy is stationed (驻) for liaison when that is not where they were elected.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is by value. Dates are inclusive: a mandate is active from
/// <see cref="Start"/> through <see cref="End"/> (open-ended while <see cref="End"/> is <see langword="null"/>).
/// </remarks>
public sealed record Mandate
{
    /// <summary>Creates a mandate.</summary>
    /// <param name="deputy">The person.</param>
    /// <param name="congress">The congress.</param>
    /// <param name="term">The term number (第N届), 1 or more.</param>
    /// <param name="source">How it was won.</param>
    /// <param name="electedIn">Where it was won: the division of the electoral district (选区), or of the electing congress (选举单位).</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> while it runs.</param>
    /// <param name="endReason">Why it ended early; only with an end date.</param>
    /// <param name="stationedIn">Where the deputy is stationed for liaison (驻) when that differs from <paramref name="electedIn"/>; <see cref="DivisionCode.None"/> otherwise.</param>
    /// <param name="electoralDistrict">The name of the electoral district (第3选区) for a directly elected mandate, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An argument is out of range, the end precedes the start, or an end reason comes without an end.</exception>
    public Mandate(
        DeputyId deputy,
        CongressKey congress,
        int term,
        MandateSource source,
        DivisionCode electedIn,
        LocalDate start,
        LocalDate? end = null,
        MandateEndReason? endReason = null,
        DivisionCode stationedIn = default,
        string? electoralDistrict = null)
    {
        Guard.Against.InvalidInput(deputy, nameof(deputy), d => d.Value.Length > 0, "A mandate names a deputy.");
        Guard.Against.NegativeOrZero(term);
        Guard.Against.EnumOutOfRange(source);
        Guard.Against.InvalidInput(electedIn, nameof(electedIn), e => !e.IsNone, "A mandate names where it was won.");
        Guard.Against.InvalidInput(end, nameof(end), e => e is null || e.Value >= start, "A mandate ends on or after its start.");
        if (endReason is { } reason)
        {
            Guard.Against.EnumOutOfRange(reason, nameof(endReason));
            Guard.Against.InvalidInput(endReason, nameof(endReason), _ => end is not null, "An end reason needs an end date.");
        }

        Guard.Against.InvalidInput(electoralDistrict, nameof(electoralDistrict), n => n is null || !string.IsNullOrWhiteSpace(n), "An electoral district name is not blank.");
        Deputy = deputy;
        Congress = congress;
        Term = term;
        Source = source;
        ElectedIn = electedIn;
        Start = start;
        End = end;
        EndReason = endReason;
        StationedIn = stationedIn == electedIn ? DivisionCode.None : stationedIn;
        ElectoralDistrict = electoralDistrict;
    }

    /// <summary>The person.</summary>
    public DeputyId Deputy { get; }

    /// <summary>The congress.</summary>
    public CongressKey Congress { get; }

    /// <summary>The term number (第N届).</summary>
    public int Term { get; }

    /// <summary>How it was won.</summary>
    public MandateSource Source { get; }

    /// <summary>Where it was won: the division of the electoral district or of the electing congress.</summary>
    public DivisionCode ElectedIn { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day, or <see langword="null"/> while it runs.</summary>
    public LocalDate? End { get; }

    /// <summary>Why it ended early; <see langword="null"/> while it runs or when it ended with its term.</summary>
    public MandateEndReason? EndReason { get; }

    /// <summary>Where the deputy is stationed for liaison (驻) when that differs from <see cref="ElectedIn"/>; <see cref="DivisionCode.None"/> otherwise.</summary>
    public DivisionCode StationedIn { get; }

    /// <summary>The electoral district's name for a directly elected mandate, or <see langword="null"/>.</summary>
    public string? ElectoralDistrict { get; }

    /// <summary>Where the deputy does liaison work: <see cref="StationedIn"/> when given, else <see cref="ElectedIn"/>.</summary>
    public DivisionCode LiaisonDivision => StationedIn.IsNone ? ElectedIn : StationedIn;

    /// <summary>Whether the mandate is active on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <paramref name="date"/> lies from <see cref="Start"/> through <see cref="End"/>.</returns>
    public bool IsActiveOn(LocalDate date) => date >= Start && (End is null || date <= End.Value);

    /// <summary>Whether this and <paramref name="other"/> are active on at least one common day.</summary>
    /// <param name="other">The other mandate.</param>
    /// <returns>Whether their dates overlap.</returns>
    public bool Overlaps(Mandate other)
    {
        Guard.Against.Null(other);
        return (End is null || other.Start <= End.Value) && (other.End is null || Start <= other.End.Value);
    }

    /// <summary>This mandate ended on <paramref name="lastDay"/>, for <paramref name="reason"/> (or with its term when <see langword="null"/>).</summary>
    /// <param name="lastDay">The last day.</param>
    /// <param name="reason">Why it ended early, or <see langword="null"/>.</param>
    /// <returns>The ended mandate.</returns>
    /// <exception cref="ArgumentException">The last day precedes the start.</exception>
    public Mandate EndedOn(LocalDate lastDay, MandateEndReason? reason) =>
        new(Deputy, Congress, Term, Source, ElectedIn, Start, lastDay, reason, StationedIn, ElectoralDistrict);

    /// <summary>The deputy, the congress, the term and the dates, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Deputy} {Congress} #{Term} {Start:uuuu-MM-dd}..{End:uuuu-MM-dd}");
}
