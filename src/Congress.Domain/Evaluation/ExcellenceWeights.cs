using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Congress.Domain.Figures;
using Congress.Domain.Stations;

namespace Congress.Domain.Evaluation;

/// <summary>
/// The weights of the yearly "双优" selection (优秀人大代表、优秀代表家站评选): points per unit of each activity
/// measure, points for full compliance with the standards profile, and whether full compliance is required.
/// </summary>
/// <remarks>
/// A score is Σ weight(measure) × count(measure) + <see cref="ComplianceWeight"/> × the share of criteria met.
/// Measures without a weight count 0. Immutable and thread-safe; equality is by reference.
/// </remarks>
public sealed class ExcellenceWeights
{
    private readonly FrozenDictionary<string, (Measure Measure, decimal Weight)> _weights;

    /// <summary>Creates weights.</summary>
    /// <param name="perActivity">Points per unit of each measure (per 人次, per 次, per 条 ...), none negative.</param>
    /// <param name="complianceWeight">Points for meeting every criterion, scaled by the share met; not negative.</param>
    /// <param name="requireFullCompliance">Whether only candidates meeting every criterion are eligible.</param>
    public ExcellenceWeights(IEnumerable<KeyValuePair<Measure, decimal>> perActivity, decimal complianceWeight, bool requireFullCompliance)
    {
        Guard.Against.Null(perActivity);
        Guard.Against.Negative(complianceWeight);
        var list = perActivity.ToArray();
        Guard.Against.InvalidInput(list, nameof(perActivity), l => l.All(kv => kv.Key is not null && kv.Value >= 0), "Weights are not negative and name their measure.");
        Guard.Against.InvalidInput(list, nameof(perActivity), l => Keys.AreUnique(l, kv => kv.Key.Code), "A measure is weighted once.");
        _weights = list.ToFrozenDictionary(kv => kv.Key.Code, kv => (kv.Key, kv.Value), StringComparer.Ordinal);
        ComplianceWeight = complianceWeight;
        RequireFullCompliance = requireFullCompliance;
    }

    /// <summary>
    /// The default weights for homes and stations: 接待选民 1 per 人次, 开展集体活动 5 per 次, 组织开展活动 5 per 次,
    /// 提出意见建议 3 per 条, 协调解决问题 10 per 个; 100 points for full compliance; full compliance required.
    /// </summary>
    public static ExcellenceWeights StationDefaults { get; } = new(
        new Dictionary<Measure, decimal>
        {
            [Measures.VotersReceived] = 1m,
            [Measures.CollectiveActivities] = 5m,
            [Measures.StationActivities] = 5m,
            [Measures.Suggestions] = 3m,
            [Measures.ProblemsSolved] = 10m,
        },
        100m,
        true);

    /// <summary>
    /// The default weights for deputies: 接待选民 1 per 人次, 走访群众 1 per 人次, 提出意见建议 3 per 条,
    /// 开展专题调研、代表视察 5 per 次, 协调解决问题 10 per 个, 洽谈引进项目 20 per 个; 20 points scaled by the
    /// compliance of the home or station the deputy is assigned to (0 when not assigned); compliance not required.
    /// </summary>
    public static ExcellenceWeights DeputyDefaults { get; } = new(
        new Dictionary<Measure, decimal>
        {
            [Measures.VotersReceived] = 1m,
            [Measures.ResidentsVisited] = 1m,
            [Measures.Suggestions] = 3m,
            [Measures.ResearchAndInspections] = 5m,
            [Measures.ProblemsSolved] = 10m,
            [Measures.InvestmentProjects] = 20m,
        },
        20m,
        false);

    /// <summary>Points for meeting every criterion, scaled by the share met.</summary>
    public decimal ComplianceWeight { get; }

    /// <summary>Whether only candidates meeting every criterion are eligible.</summary>
    public bool RequireFullCompliance { get; }

    /// <summary>The weighted measures, by code.</summary>
    public IEnumerable<(Measure Measure, decimal Weight)> Activities => _weights.Values.OrderBy(w => w.Measure.Code, StringComparer.Ordinal);

    /// <summary>The weight of a measure; 0 when it is not weighted.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Points per unit.</returns>
    public decimal WeightOf(Measure measure)
    {
        Guard.Against.Null(measure);
        return _weights.TryGetValue(measure.Code, out var w) ? w.Weight : 0m;
    }

    /// <summary>A copy with one measure's weight set.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="weight">Its points per unit, not negative.</param>
    /// <returns>The new weights.</returns>
    public ExcellenceWeights With(Measure measure, decimal weight)
    {
        Guard.Against.Null(measure);
        Guard.Against.Negative(weight);
        var list = _weights.Values.Where(w => w.Measure.Code != measure.Code).Select(w => KeyValuePair.Create(w.Measure, w.Weight)).Append(KeyValuePair.Create(measure, weight));
        return new ExcellenceWeights(list, ComplianceWeight, RequireFullCompliance);
    }

    /// <summary>A copy with other compliance settings.</summary>
    /// <param name="complianceWeight">Points for full compliance, not negative.</param>
    /// <param name="requireFullCompliance">Whether full compliance is required.</param>
    /// <returns>The new weights.</returns>
    public ExcellenceWeights WithCompliance(decimal complianceWeight, bool requireFullCompliance) =>
        new(_weights.Values.Select(w => KeyValuePair.Create(w.Measure, w.Weight)), complianceWeight, requireFullCompliance);
}
