using Ardalis.GuardClauses;
using Congress.Domain.Activities;
using Congress.Domain.Deputies;

namespace Congress.Domain.Suggestions;

/// <summary>
/// Where a suggestion came from (来源): raised by deputies (代表提出), or collected from voters at a home or station
/// (在家站征集选民意见), possibly by some deputies on duty.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
public sealed class SuggestionOrigin
{
    private SuggestionOrigin(IReadOnlyList<DeputyId> deputies, LiaisonPointRef station, bool fromVoters)
    {
        Deputies = deputies;
        Station = station;
        IsFromVoters = fromVoters;
    }

    /// <summary>The deputies who raised it, or who collected it from voters.</summary>
    public IReadOnlyList<DeputyId> Deputies { get; }

    /// <summary>The home or station it was raised or collected at; <see cref="LiaisonPointRef.IsNone"/> when none.</summary>
    public LiaisonPointRef Station { get; }

    /// <summary>Whether it was collected from voters rather than raised by deputies.</summary>
    public bool IsFromVoters { get; }

    /// <summary>A suggestion raised by deputies.</summary>
    /// <param name="deputies">The deputies, at least one.</param>
    /// <param name="station">The home or station it was raised at, if any.</param>
    /// <returns>The origin.</returns>
    public static SuggestionOrigin ByDeputies(IEnumerable<DeputyId> deputies, LiaisonPointRef station = default)
    {
        Guard.Against.Null(deputies);
        var list = deputies.Distinct().ToArray();
        Guard.Against.InvalidInput(list, nameof(deputies), l => l.Length > 0 && l.All(d => d.Value.Length > 0), "A suggestion raised by deputies names at least one deputy.");
        return new SuggestionOrigin(list, station, fromVoters: false);
    }

    /// <summary>A suggestion collected from voters at a home or station.</summary>
    /// <param name="station">The home or station.</param>
    /// <param name="collectedBy">The deputies on duty who collected it, if known.</param>
    /// <returns>The origin.</returns>
    public static SuggestionOrigin FromVotersAt(LiaisonPointRef station, IEnumerable<DeputyId>? collectedBy = null)
    {
        Guard.Against.InvalidInput(station, nameof(station), s => !s.IsNone, "Voters' suggestions are collected at a home or station.");
        var list = collectedBy?.Distinct().ToArray() ?? [];
        Guard.Against.InvalidInput(list, nameof(collectedBy), l => l.All(d => d.Value.Length > 0), "A deputy has an identity.");
        return new SuggestionOrigin(list, station, fromVoters: true);
    }
}
