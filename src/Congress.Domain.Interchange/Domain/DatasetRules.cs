using System.Globalization;
using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Domain.Interchange.Domain;

/// <summary>
/// Validates a whole dataset on a date (数据集校验): every domain rule that applies to a dataset — divisions, congresses,
/// mandates, life cycles, adoptions, assignments, the compliance of each home and station in use with the profile its
/// district adopted, and coverage — through the core's own types. A rule failure is never an exception.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class DatasetRules
{
    /// <summary>Validates <paramref name="dto"/> as it stands on <paramref name="asOf"/>.</summary>
    /// <param name="dto">An imported dataset.</param>
    /// <param name="asOf">The date judged: stations in use, adopted profiles, evidence and mandates are taken on it.</param>
    /// <param name="ruleSet">The rule set: disabled codes drop out; a host's rules for <see cref="DatasetDto"/> and
    /// <see cref="LiaisonPoint"/> run too. <see cref="RuleSet.Default"/> when null.</param>
    /// <returns>Every violation, sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dto"/> is null.</exception>
    public static DatasetValidation Validate(DatasetDto dto, LocalDate asOf, RuleSet? ruleSet = null)
    {
        Guard.Against.Null(dto);
        var rules = ruleSet ?? RuleSet.Default;
        var clock = new DatasetModel.DateClock(asOf);
        var built = DatasetModel.BuildOn(dto, rules, clock);
        var model = built.Model;
        var violations = new List<RuleViolation>(built.Violations);

        foreach (var campaign in model.Campaigns.Values)
        {
            violations.AddRange(campaign.Validate(rules));
        }

        foreach (var activity in model.Activities)
        {
            violations.AddRange(activity.Validate(clock, CampaignOf(model, activity), rules));
        }

        foreach (var point in model.LiaisonPoints)
        {
            violations.AddRange(rules.Apply(point, CheckCompliance(model, point, asOf)));
        }

        violations.AddRange(rules.Apply(model, CheckCoverage(model, asOf)));
        return new DatasetValidation(asOf, violations);
    }

    /// <summary>
    /// The violations of a home or station in use (operational or upgraded) on the date against the profile its district
    /// adopted (<c>CD-STD-001</c> to <c>CD-STD-003</c>); none for one not in use.
    /// </summary>
    /// <param name="model">The dataset's model.</param>
    /// <param name="point">One of its homes and stations.</param>
    /// <param name="on">The date judged.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RuleViolation> CheckCompliance(DatasetModel model, LiaisonPoint point, LocalDate on)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(point);
        if (point.StageOn(on) is not (LifeCycleStage.Operational or LifeCycleStage.Upgraded))
        {
            return [];
        }

        var profile = model.Adoptions.ProfileOrDefault(point.ServedDivision, on, model.Tree);
        var file = model.Evidence.TryGetValue(point.Id, out var f) ? f : EvidenceFile.Empty;
        return ComplianceJudge.Judge(Subject(point), profile, file, on).Violations.ToList();
    }

    /// <summary>
    /// The coverage gaps of every county-level division with homes or stations on the date: a township-level unit without
    /// a home in use (<c>CD-STN-003</c>) and, when the dataset records assignments at all, a deputy not assigned
    /// (<c>CD-ASG-006</c>). A dataset without any assignment does not speak of 进家入站, so no deputy is reported then.
    /// </summary>
    /// <param name="model">The dataset's model.</param>
    /// <param name="on">The date.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static IReadOnlyList<RuleViolation> CheckCoverage(DatasetModel model, LocalDate on)
    {
        Guard.Against.Null(model);
        var result = new List<RuleViolation>();
        var districts = model.LiaisonPoints
            .GroupBy(p => model.CountyOf(p.ServedDivision))
            .Where(g => !g.Key.IsNone)
            .OrderBy(g => g.Key);
        // Each active mandate is read once and filed under the county its liaison division lies in (the same deputies
        // LiaisonDeputy.InDistrict selects per county), so coverage costs mandates + points, not counties × mandates.
        var deputiesByCounty = model.Mandates.ActiveOn(on)
            .Where(m => m.Congress.Level != CongressLevel.National)
            .Select(m => (County: model.CountyOf(m.LiaisonDivision), Deputy: LiaisonDeputy.From(m)))
            .Where(x => !x.County.IsNone)
            .ToLookup(x => x.County, x => x.Deputy);
        var tree = new DivisionHierarchyTree(model.Divisions);
        foreach (var district in districts)
        {
            var units = model.Divisions.TownshipLevelUnits(district.Key).Select(d => d.Code);
            var coverage = DistrictCoverage.Compute(district.Key, units, district, deputiesByCounty[district.Key], model.Assignments, on, tree);
            result.AddRange(coverage.Gaps
                .Where(g => model.RecordsAssignments || g.Kind != CoverageGapKind.DeputyNotAssigned)
                .Select(g => g.Violation));
        }

        return result;
    }

    /// <summary>The identity of a home or station in a violation: its name and, in brackets, its id (names need not be unique).</summary>
    /// <param name="point">The home or station.</param>
    /// <returns>For example <c>魏村镇人大代表之家[qy-home-04]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="point"/> is null.</exception>
    public static string Subject(LiaisonPoint point)
    {
        Guard.Against.Null(point);
        return $"{point.Name}[{point.Id}]";
    }

    // The campaign an activity was recorded under (the dataset names it; the domain's activity knows only its focus area).
    private static Campaigns.Campaign? CampaignOf(DatasetModel model, Activities.Activity activity) =>
        model.ActivityCampaigns.TryGetValue(activity.Id.Value, out var id) && model.Campaigns.TryGetValue(id, out var campaign) ? campaign : null;

}

/// <summary>The outcome of validating a dataset (校验结果): every violation, sorted, and counts by severity.</summary>
/// <remarks>
/// Immutable and thread-safe. The order is deterministic: by severity (errors first), code, subject, then message.
/// </remarks>
public sealed class DatasetValidation
{
    /// <summary>Creates a validation result.</summary>
    /// <param name="asOf">The date judged.</param>
    /// <param name="violations">The violations in any order; duplicates are kept once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    public DatasetValidation(LocalDate asOf, IEnumerable<RuleViolation> violations)
    {
        Guard.Against.Null(violations);
        AsOf = asOf;
        Violations = violations
            .Distinct()
            .OrderBy(v => v.Severity switch { RuleSeverity.Error => 0, RuleSeverity.Warning => 1, _ => 2 })
            .ThenBy(v => v.Code, StringComparer.Ordinal)
            .ThenBy(v => v.Subject, StringComparer.Ordinal)
            .ThenBy(v => v.Message(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The date judged.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every violation, sorted.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>How many violations are errors.</summary>
    public int Errors => Violations.Count(v => v.Severity == RuleSeverity.Error);

    /// <summary>How many violations are warnings.</summary>
    public int Warnings => Violations.Count(v => v.Severity == RuleSeverity.Warning);

    /// <summary>How many violations are for information.</summary>
    public int Infos => Violations.Count(v => v.Severity == RuleSeverity.Info);

    /// <summary>Whether no rule is violated.</summary>
    public bool IsClean => Violations.Count == 0;
}
