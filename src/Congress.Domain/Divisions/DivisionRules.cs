using Ardalis.GuardClauses;
using Congress.Domain.Rules;

namespace Congress.Domain.Divisions;

/// <summary>The rules a set of divisions must meet to form a <see cref="DivisionHierarchy"/> (区划规则).</summary>
public static class DivisionRules
{
    private const string GbT2260 = "GB/T 2260 中华人民共和国行政区划代码; 国家统计局 统计用区划代码和城乡划分代码编制规则";

    /// <summary>CD-DIV-001: a code names one division only.</summary>
    public static readonly RuleDescriptor DuplicateCode = new(
        "CD-DIV-001",
        RuleSeverity.Error,
        "区划代码 {0} 重复：{1} 与 {2}",
        "Division code {0} is declared twice: {1} and {2}",
        "Every division code occurs once in a hierarchy.",
        GbT2260);

    /// <summary>CD-DIV-002: the legal parent of a division exists in the hierarchy.</summary>
    public static readonly RuleDescriptor UnknownParent = new(
        "CD-DIV-002",
        RuleSeverity.Error,
        "{0} 的上级区划 {1} 不存在",
        "The legal parent {1} of {0} is not in the hierarchy",
        "A division's legal parent is a division of the same hierarchy.",
        GbT2260);

    /// <summary>CD-DIV-003: the code's digits agree with the legal parent.</summary>
    public static readonly RuleDescriptor ParentDisagreesWithCode = new(
        "CD-DIV-003",
        RuleSeverity.Error,
        "{0} 的代码表明其上级应为 {2}，但登记的上级为 {1}",
        "The code of {0} names {2} as its parent, but its legal parent is {1}",
        "The legal parent is the nearest division of the hierarchy that the code's digits name as an ancestor.",
        GbT2260);

    /// <summary>CD-DIV-004: the kind fits the code's level.</summary>
    public static readonly RuleDescriptor KindDisagreesWithCode = new(
        "CD-DIV-004",
        RuleSeverity.Error,
        "{0} 的类型（{1}）与代码层级（{2}）不符",
        "The kind of {0} ({1}) does not fit the level of its code ({2})",
        "Provinces take xx0000, prefecture cities xxxx00, county-level divisions six digits, township-level nine, villages and communities twelve.",
        GbT2260);

    /// <summary>CD-DIV-005: the managing body exists in the hierarchy.</summary>
    public static readonly RuleDescriptor UnknownManagingBody = new(
        "CD-DIV-005",
        RuleSeverity.Error,
        "{0} 的管理机构 {1} 不存在",
        "The managing body {1} of {0} is not in the hierarchy",
        "A division's managing body (a functional zone) is a division of the same hierarchy.",
        GbT2260);

    /// <summary>CD-DIV-006: only provinces and municipalities have no legal parent.</summary>
    public static readonly RuleDescriptor RootMismatch = new(
        "CD-DIV-006",
        RuleSeverity.Error,
        "{0}：只有省级区划没有上级区划",
        "{0}: exactly the province-level divisions have no legal parent",
        "A province or municipality has no legal parent; every other division has one.",
        GbT2260);

    /// <summary>Checks what can be checked on one division alone: CD-DIV-004 and CD-DIV-006.</summary>
    /// <param name="division">The division.</param>
    /// <returns>The violations; empty when it meets both rules.</returns>
    public static IReadOnlyList<RuleViolation> CheckAlone(Division division)
    {
        Guard.Against.Null(division);
        List<RuleViolation>? violations = null;
        if (!division.Kind.FitsCodeLevel(division.Code.Level))
        {
            (violations ??= []).Add(KindDisagreesWithCode.Violation(division.Code.ToString(), division, division.Kind, division.Code.Level));
        }

        if (division.Kind.IsProvinceLevel() != division.LegalParent.IsNone)
        {
            (violations ??= []).Add(RootMismatch.Violation(division.Code.ToString(), division));
        }

        return violations ?? (IReadOnlyList<RuleViolation>)[];
    }
}
