using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Stations;

/// <summary>A covered share (覆盖率): how many of how many, as an exact fraction in [0, 1].</summary>
/// <param name="Covered">How many are covered; between 0 and <paramref name="Total"/>.</param>
/// <param name="Total">How many there are.</param>
/// <remarks>Immutable and thread-safe; equality is by value. Nothing to cover counts as fully covered.</remarks>
public readonly record struct CoverageShare(int Covered, int Total)
{
    /// <summary>The share, exactly 1 when everything is covered (including when there is nothing to cover).</summary>
    public decimal Value => Covered == Total ? 1m : (decimal)Covered / Total;

    /// <summary>Whether everything is covered.</summary>
    public bool IsFull => Covered == Total;
}

/// <summary>The share of one congress level's deputies assigned to a home or station in use (四级人大代表进家入站).</summary>
/// <param name="Level">The congress level.</param>
/// <param name="Share">Assigned deputies of that level out of all of them.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public readonly record struct LevelCoverage(CongressLevel Level, CoverageShare Share);

/// <summary>What a coverage gap is.</summary>
public enum CoverageGapKind
{
    /// <summary>A township-level unit without an operational deputy home (CD-STN-003).</summary>
    TownshipWithoutHome = 1,

    /// <summary>A deputy not assigned to a home or station in use (CD-ASG-006).</summary>
    DeputyNotAssigned = 2,
}

/// <summary>One gap in a district's coverage (覆盖缺口): a township without a home or a deputy without a home or station.</summary>
/// <param name="Kind">What is missing.</param>
/// <param name="Division">The township-level unit, for <see cref="CoverageGapKind.TownshipWithoutHome"/>; otherwise the congress area of the deputy.</param>
/// <param name="Deputy">The deputy, for <see cref="CoverageGapKind.DeputyNotAssigned"/>; otherwise the default.</param>
/// <param name="Level">The deputy's congress level, for <see cref="CoverageGapKind.DeputyNotAssigned"/>.</param>
/// <param name="Violation">The rule violation that states the gap.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record CoverageGap(CoverageGapKind Kind, DivisionCode Division, DeputyId Deputy, CongressLevel? Level, RuleViolation Violation);

/// <summary>
/// The coverage of a district on a date (全覆盖): the share of its township-level units with an operational deputy home,
/// the share of its deputies of each level assigned to a home or station in use, and the list of gaps.
/// </summary>
/// <remarks>
/// Every share lies in [0, 1] and is exactly 1 when no gap of its kind is listed. Immutable and thread-safe;
/// equality is by reference.
/// </remarks>
public sealed class DistrictCoverage
{
    private DistrictCoverage(DivisionCode district, LocalDate on, CoverageShare townships, IReadOnlyList<LevelCoverage> levels, IReadOnlyList<CoverageGap> gaps)
    {
        District = district;
        On = on;
        Townships = townships;
        Levels = levels;
        Gaps = gaps;
    }

    /// <summary>The district.</summary>
    public DivisionCode District { get; }

    /// <summary>The date.</summary>
    public LocalDate On { get; }

    /// <summary>Township-level units with an operational (or upgraded) deputy home, out of all of them.</summary>
    public CoverageShare Townships { get; }

    /// <summary>Per congress level present among the deputies, highest level first.</summary>
    public IReadOnlyList<LevelCoverage> Levels { get; }

    /// <summary>Every gap: townships without a home in code order, then unassigned deputies by level and identity.</summary>
    public IReadOnlyList<CoverageGap> Gaps { get; }

    /// <summary>Whether nothing is missing.</summary>
    public bool IsComplete => Gaps.Count == 0;

    /// <summary>
    /// Computes the coverage of a district on a date from the legal hierarchy and the mandate register: its
    /// township-level units (<see cref="DivisionHierarchy.TownshipLevelUnits"/>) and the deputies the four-level
    /// composition counts (<see cref="LiaisonDeputy.InDistrict"/>).
    /// </summary>
    /// <param name="divisions">The hierarchy.</param>
    /// <param name="district">The district, a code of the hierarchy.</param>
    /// <param name="points">Its homes and stations.</param>
    /// <param name="mandates">The mandate register.</param>
    /// <param name="assignments">The assignment register.</param>
    /// <param name="on">The date.</param>
    /// <returns>The coverage.</returns>
    public static DistrictCoverage Compute(DivisionHierarchy divisions, DivisionCode district, IEnumerable<LiaisonPoint> points, MandateRegister mandates, AssignmentRegister assignments, LocalDate on)
    {
        Guard.Against.Null(divisions);
        Guard.Against.InvalidInput(district, nameof(district), divisions.Contains, "The district is in the hierarchy.");
        var units = divisions.TownshipLevelUnits(district).Select(d => d.Code);
        return Compute(district, units, points, LiaisonDeputy.InDistrict(mandates, divisions, district, on), assignments, on, new DivisionHierarchyTree(divisions));
    }

    /// <summary>Computes the coverage of a district on a date.</summary>
    /// <param name="district">The district (区/县).</param>
    /// <param name="townshipUnits">Its township-level units (乡, 镇, 街道, 办事处), each once.</param>
    /// <param name="points">Its homes and stations (others are ignored for township coverage).</param>
    /// <param name="deputies">Its deputies of every level, one entry per mandate.</param>
    /// <param name="assignments">The assignment register.</param>
    /// <param name="on">The date.</param>
    /// <param name="tree">The hierarchy; the code digits when <see langword="null"/>.</param>
    /// <returns>The coverage.</returns>
    /// <remarks>
    /// A township-level unit is covered when a deputy home in use on the date serves it or a division within it.
    /// A deputy is covered when their assignment on the date is to one of <paramref name="points"/> in use on that
    /// date. A deputy listed twice at one level counts once.
    /// </remarks>
    public static DistrictCoverage Compute(
        DivisionCode district,
        IEnumerable<DivisionCode> townshipUnits,
        IEnumerable<LiaisonPoint> points,
        IEnumerable<LiaisonDeputy> deputies,
        AssignmentRegister assignments,
        LocalDate on,
        IDivisionTree? tree = null)
    {
        Guard.Against.InvalidInput(district, nameof(district), d => !d.IsNone, "A district has a code.");
        Guard.Against.Null(townshipUnits);
        Guard.Against.Null(points);
        Guard.Against.Null(deputies);
        Guard.Against.Null(assignments);
        tree ??= DivisionTreeByDigits.Instance;

        var units = new HashSet<DivisionCode>(townshipUnits);
        var covered = new HashSet<DivisionCode>();
        var inUse = new Dictionary<string, LiaisonPoint>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!point.IsInUseOn(on))
            {
                continue;
            }

            inUse[point.Id] = point;
            if (point.Kind != LiaisonPointKind.Home)
            {
                continue;
            }

            // Walk up from the served division to the first township-level unit of the district, if any.
            for (var c = point.ServedDivision; !c.IsNone; c = tree.ParentOf(c))
            {
                if (units.Contains(c))
                {
                    covered.Add(c);
                    break;
                }
            }
        }

        var gaps = new List<CoverageGap>();
        var date = IsoDate.Format(on);
        var sortedUnits = units.ToArray();
        Array.Sort(sortedUnits);
        foreach (var unit in sortedUnits)
        {
            if (!covered.Contains(unit))
            {
                gaps.Add(new CoverageGap(CoverageGapKind.TownshipWithoutHome, unit, default, null, StationRules.TownshipHasHome.Violation(unit.ToString(), unit, date)));
            }
        }

        var seen = new HashSet<(DeputyId, CongressLevel)>();
        var totals = new SortedDictionary<CongressLevel, (int Covered, int Total)>();
        var deputyGaps = new List<CoverageGap>();
        foreach (var deputy in deputies)
        {
            if (!seen.Add((deputy.Deputy, deputy.Level)))
            {
                continue;
            }

            totals.TryGetValue(deputy.Level, out var t);
            var assignment = assignments.AssignmentOn(deputy.Deputy, on);
            var isCovered = assignment is not null && inUse.ContainsKey(assignment.PointId);
            totals[deputy.Level] = (t.Covered + (isCovered ? 1 : 0), t.Total + 1);
            if (!isCovered)
            {
                deputyGaps.Add(new CoverageGap(CoverageGapKind.DeputyNotAssigned, deputy.CongressArea, deputy.Deputy, deputy.Level, AssignmentRules.EveryDeputyAssigned.Violation(deputy.Deputy.Value, deputy.Deputy.Value, LevelNames.Zh(deputy.Level), date)));
            }
        }

        deputyGaps.Sort((a, b) => a.Level != b.Level ? a.Level!.Value.CompareTo(b.Level!.Value) : a.Deputy.CompareTo(b.Deputy));
        gaps.AddRange(deputyGaps);
        var levels = totals.Select(kv => new LevelCoverage(kv.Key, new CoverageShare(kv.Value.Covered, kv.Value.Total))).ToArray();
        return new DistrictCoverage(district, on, new CoverageShare(covered.Count, units.Count), levels, gaps);
    }
}
