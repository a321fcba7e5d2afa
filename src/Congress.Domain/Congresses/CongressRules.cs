using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Congress.Domain.Congresses;

/// <summary>The rules on congresses and their terms (人大及届期规则).</summary>
public static class CongressRules
{
    /// <summary>How far a term may run from exactly five years before <see cref="TermLastsFiveYears"/> is violated: a first session can move by some months.</summary>
    public static readonly Period TermTolerance = Period.FromMonths(6);

    /// <summary>CD-CNG-001: only a province, municipality, prefecture city, county-level division, 乡, 民族乡 or 镇 has a people's congress.</summary>
    public static readonly RuleDescriptor DivisionHasNoCongress = new(
        "CD-CNG-001",
        RuleSeverity.Error,
        "{0}（{1}）依法不设人民代表大会",
        "{0} ({1}) has no people's congress by law",
        "A congress exists only for a division whose kind legally has one (none for 街道, 办事处, functional zones, villages, communities), at the level of its kind.",
        "宪法第九十五条; 地方各级人民代表大会和地方各级人民政府组织法第二条");

    /// <summary>CD-CNG-002: a term lasts five years.</summary>
    public static readonly RuleDescriptor TermLastsFiveYears = new(
        "CD-CNG-002",
        RuleSeverity.Warning,
        "{0} {1} 届期为 {2} 至 {3}，与五年相差超过六个月",
        "{0} term {1} runs {2} to {3}, more than six months away from five years",
        "A term of any congress lasts five years (the first session of the next congress may move it by up to six months).",
        "宪法第六十条、第九十八条");

    /// <summary>CD-CNG-003: the terms of a congress follow one another without overlapping, numbered in order.</summary>
    public static readonly RuleDescriptor TermsInOrder = new(
        "CD-CNG-003",
        RuleSeverity.Error,
        "{0} 第{1}届与第{2}届的届期重叠或次序颠倒",
        "{0}: terms {1} and {2} overlap or are out of order",
        "Terms are numbered in date order and do not overlap.",
        "宪法第六十条、第九十八条");

    /// <summary>Checks that a division legally has a congress at <paramref name="level"/> (CD-CNG-001).</summary>
    /// <param name="division">The division.</param>
    /// <param name="level">The level claimed.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckHasCongress(Division division, CongressLevel level)
    {
        Guard.Against.Null(division);
        return division.Kind.CongressLevel() == level
            ? []
            : [DivisionHasNoCongress.Violation(division.Code.ToString(), division.Name, $"{division.Kind.ChineseName()}/{level}")];
    }

    /// <summary>Checks that a term lasts five years, within <see cref="TermTolerance"/> (CD-CNG-002).</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="term">The term.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckTermLength(CongressKey congress, CongressTerm term)
    {
        Guard.Against.Null(term);
        var nominalEnd = term.Interval.Start.Plus(CongressTerm.Length).PlusDays(-1);
        var ok = term.Interval.End >= nominalEnd.Minus(TermTolerance) && term.Interval.End <= nominalEnd.Plus(TermTolerance);
        return ok ? [] : [TermLastsFiveYears.Violation(congress.ToString(), congress, term.Number, LocalDatePattern.Iso.Format(term.Interval.Start), LocalDatePattern.Iso.Format(term.Interval.End))];
    }

    /// <summary>Checks that terms are numbered in date order and do not overlap (CD-CNG-003).</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="terms">The terms, in any order.</param>
    /// <returns>One violation per offending neighbouring pair.</returns>
    public static IReadOnlyList<RuleViolation> CheckTermsInOrder(CongressKey congress, IEnumerable<CongressTerm> terms)
    {
        Guard.Against.Null(terms);
        var sorted = terms.OrderBy(t => t.Number).ThenBy(t => t.Interval.Start).ToList();
        var violations = new List<RuleViolation>();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Number == sorted[i - 1].Number || sorted[i].Interval.Start <= sorted[i - 1].Interval.End)
            {
                violations.Add(TermsInOrder.Violation(congress.ToString(), congress, sorted[i - 1].Number, sorted[i].Number));
            }
        }

        return violations;
    }
}
