using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Congress.Domain.Deputies;
using Congress.Domain.Figures;
using Congress.Domain.Standards;
using Congress.Domain.Stations;

namespace Congress.Domain.Evaluation;

/// <summary>Who a "双优" candidate is.</summary>
public enum CandidateKind
{
    /// <summary>A deputy (优秀人大代表).</summary>
    Deputy = 1,

    /// <summary>A home or station (优秀代表家站).</summary>
    LiaisonPoint = 2,
}

/// <summary>
/// A candidate of the yearly "双优" selection: a deputy or a home or station, with the counts of its activities in the
/// year and its compliance (the share of standards criteria met: its own for a home or station, that of the home or
/// station a deputy is assigned to).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class ExcellenceCandidate
{
    private readonly FrozenDictionary<string, (Measure Measure, decimal Count)> _activities;

    /// <summary>Creates a candidate.</summary>
    /// <param name="subject">The stable identity (deputy id or home/station id); ties in the ranking are broken by it.</param>
    /// <param name="name">The display name.</param>
    /// <param name="kind">Deputy or home/station.</param>
    /// <param name="activities">The count of each activity measure in the year, none negative, each measure once.</param>
    /// <param name="complianceShare">The share of criteria met, in [0, 1].</param>
    public ExcellenceCandidate(string subject, string name, CandidateKind kind, IEnumerable<KeyValuePair<Measure, decimal>> activities, decimal complianceShare)
    {
        Guard.Against.NullOrWhiteSpace(subject);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Null(activities);
        Guard.Against.OutOfRange(complianceShare, nameof(complianceShare), 0m, 1m);
        var list = activities.ToArray();
        Guard.Against.InvalidInput(list, nameof(activities), l => l.All(kv => kv.Key is not null && kv.Value >= 0), "Activity counts are not negative and name their measure.");
        Guard.Against.InvalidInput(list, nameof(activities), l => Keys.AreUnique(l, kv => kv.Key.Code), "A measure is counted once.");
        Subject = subject;
        Name = name;
        Kind = kind;
        ComplianceShare = complianceShare;
        _activities = list.ToFrozenDictionary(kv => kv.Key.Code, kv => (kv.Key, kv.Value), StringComparer.Ordinal);
    }

    /// <summary>The stable identity.</summary>
    public string Subject { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>Deputy or home/station.</summary>
    public CandidateKind Kind { get; }

    /// <summary>The share of criteria met, in [0, 1].</summary>
    public decimal ComplianceShare { get; }

    /// <summary>Whether every criterion is met.</summary>
    public bool IsFullyCompliant => ComplianceShare == 1m;

    /// <summary>The activity counts, by measure code.</summary>
    public IEnumerable<(Measure Measure, decimal Count)> Activities => _activities.Values.OrderBy(a => a.Measure.Code, StringComparer.Ordinal);

    /// <summary>A home or station as a candidate, its compliance taken from its judgement.</summary>
    /// <param name="subject">Its identity.</param>
    /// <param name="name">Its name.</param>
    /// <param name="activities">Its activity counts in the year.</param>
    /// <param name="judgement">Its judgement against its profile (typically at the end of the year).</param>
    /// <returns>The candidate.</returns>
    public static ExcellenceCandidate ForLiaisonPoint(string subject, string name, IEnumerable<KeyValuePair<Measure, decimal>> activities, ComplianceJudgement judgement)
    {
        Guard.Against.Null(judgement);
        return new ExcellenceCandidate(subject, name, CandidateKind.LiaisonPoint, activities, judgement.MetShare);
    }

    /// <summary>A deputy as a candidate, their compliance that of the home or station they are assigned to.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="name">Their name.</param>
    /// <param name="activities">Their activity counts in the year.</param>
    /// <param name="assignedPoint">The judgement of the home or station they are assigned to, or <see langword="null"/> when not assigned (compliance 0).</param>
    /// <returns>The candidate.</returns>
    public static ExcellenceCandidate ForDeputy(DeputyId deputy, string name, IEnumerable<KeyValuePair<Measure, decimal>> activities, ComplianceJudgement? assignedPoint) =>
        new(deputy.Value, name, CandidateKind.Deputy, activities, assignedPoint?.MetShare ?? 0m);

    /// <summary>The count of a measure; 0 when not recorded.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The count.</returns>
    public decimal CountOf(Measure measure)
    {
        Guard.Against.Null(measure);
        return _activities.TryGetValue(measure.Code, out var a) ? a.Count : 0m;
    }

    /// <summary>The score under <paramref name="weights"/>: Σ weight × count + compliance weight × compliance share.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The score, exact.</returns>
    public decimal Score(ExcellenceWeights weights)
    {
        Guard.Against.Null(weights);
        var score = weights.ComplianceWeight * ComplianceShare;
        foreach (var (measure, count) in _activities.Values)
        {
            score += weights.WeightOf(measure) * count;
        }

        return score;
    }
}
