using Ardalis.GuardClauses;
using Congress.Domain.Stations;

namespace Congress.Domain.Evaluation;

/// <summary>A candidate's place in the "双优" ranking.</summary>
/// <param name="Rank">The rank, from 1; candidates tied on eligibility, score and compliance share share a rank (1, 1, 3).</param>
/// <param name="Candidate">The candidate.</param>
/// <param name="Score">The score.</param>
/// <param name="IsEligible">Whether the candidate may be selected (full compliance when the weights require it).</param>
/// <remarks>Immutable and thread-safe; equality is by value (the candidate by reference).</remarks>
public sealed record RankedCandidate(int Rank, ExcellenceCandidate Candidate, decimal Score, bool IsEligible);

/// <summary>
/// The yearly "双优" selection (优秀人大代表、优秀代表家站“双优”评选, 徐水): scores candidates and ranks them
/// deterministically.
/// </summary>
/// <remarks>
/// Order: eligible before ineligible, then score descending, then compliance share descending, then subject
/// (ordinal). The same candidates give the same ranking in any input order. Stateless and thread-safe.
/// </remarks>
public static class ExcellenceSelection
{
    /// <summary>Scores and ranks candidates.</summary>
    /// <param name="candidates">The candidates; subjects unique.</param>
    /// <param name="weights">The weights.</param>
    /// <returns>Every candidate with its rank, best first.</returns>
    public static IReadOnlyList<RankedCandidate> Rank(IEnumerable<ExcellenceCandidate> candidates, ExcellenceWeights weights)
    {
        Guard.Against.Null(candidates);
        Guard.Against.Null(weights);
        var list = candidates.ToArray();
        Guard.Against.InvalidInput(list, nameof(candidates), l => l.All(c => c is not null), "No candidate is null.");
        Guard.Against.InvalidInput(list, nameof(candidates), l => Keys.AreUnique(l, c => c.Subject), "Candidate subjects are unique.");
        var scored = list
            .Select(c => (Candidate: c, Score: c.Score(weights), Eligible: !weights.RequireFullCompliance || c.IsFullyCompliant))
            .OrderByDescending(s => s.Eligible)
            .ThenByDescending(s => s.Score)
            .ThenByDescending(s => s.Candidate.ComplianceShare)
            .ThenBy(s => s.Candidate.Subject, StringComparer.Ordinal)
            .ToArray();
        var ranked = new RankedCandidate[scored.Length];
        for (var i = 0; i < scored.Length; i++)
        {
            var s = scored[i];
            var tied = i > 0 && ranked[i - 1] is var p && p.IsEligible == s.Eligible && p.Score == s.Score && p.Candidate.ComplianceShare == s.Candidate.ComplianceShare;
            ranked[i] = new RankedCandidate(tied ? ranked[i - 1].Rank : i + 1, s.Candidate, s.Score, s.Eligible);
        }

        return ranked;
    }

    /// <summary>The best <paramref name="count"/> eligible candidates (ties at the boundary all included).</summary>
    /// <param name="candidates">The candidates.</param>
    /// <param name="weights">The weights.</param>
    /// <param name="count">How many places there are, not negative.</param>
    /// <returns>The selected candidates, best first.</returns>
    public static IReadOnlyList<RankedCandidate> Select(IEnumerable<ExcellenceCandidate> candidates, ExcellenceWeights weights, int count)
    {
        Guard.Against.Negative(count);
        return Rank(candidates, weights).Where(r => r.IsEligible && r.Rank <= count).ToArray();
    }
}
