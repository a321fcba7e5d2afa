using Congress.Domain.Rules;

namespace Congress.Domain.Standards;

/// <summary>The rules of judging homes and stations against a standards profile (家站标准规则, CD-STD-nnn).</summary>
public static class StandardsRules
{
    /// <summary>CD-STD-001: each criterion of the adopted profile is proven by evidence.</summary>
    public static readonly RuleDescriptor CriterionHasEvidence = new(
        "CD-STD-001",
        RuleSeverity.Error,
        "{0}截至{3}没有“{1}”的佐证材料（应提供：{2}）",
        "{0} has no evidence for \"{4}\" on {3} (expected: {5})",
        "Each criterion of the adopted profile has evidence dated on or before the judging date.",
        "DOMAIN.md: a home or station meets its district's standards profile on a date, item by item, with evidence");

    /// <summary>CD-STD-002: evidence counts only while it is valid.</summary>
    public static readonly RuleDescriptor EvidenceIsCurrent = new(
        "CD-STD-002",
        RuleSeverity.Error,
        "{0}“{1}”的佐证材料（{2}）已于{3}过期",
        "{0}: the evidence for \"{4}\" ({2}) expired on {3}",
        "The latest evidence of a criterion whose profile limits validity has not expired on the judging date.",
        "Standards profile: evidence validity period");

    /// <summary>CD-STD-003: a criterion an inspection found unmet stays unmet until new evidence.</summary>
    public static readonly RuleDescriptor InspectionFindingRectified = new(
        "CD-STD-003",
        RuleSeverity.Error,
        "{0}在{2}的检查中“{1}”未达标：{3}",
        "{0}: the inspection on {2} found \"{4}\" unmet: {3}",
        "No inspection on or before the judging date found the criterion unmet without later evidence.",
        "清苑区汇报: 抓好规范建设 (inspections of homes and stations)");

    /// <summary>CD-STD-004: a district adopts at most one profile from a given date.</summary>
    public static readonly RuleDescriptor OneAdoptionPerDate = new(
        "CD-STD-004",
        RuleSeverity.Error,
        "{0}自{2}起已采用“{1}”，同一日期不能再采用“{3}”",
        "{0} adopted {1} from {2} and cannot adopt {3} from the same date",
        "A district adopts at most one standards profile from a given date.",
        "DOMAIN.md: a district adopts a profile from a date");
}
