using Congress.Domain.Rules;

namespace Congress.Domain.Stations;

/// <summary>The rules of assigning deputies to homes and stations (进家入站规则, CD-ASG-nnn).</summary>
public static class AssignmentRules
{
    /// <summary>CD-ASG-001: a deputy is assigned to one home or station at a time.</summary>
    public static readonly RuleDescriptor OneAtATime = new(
        "CD-ASG-001",
        RuleSeverity.Error,
        "代表{0}自{2}起已进驻{1}，不能同时进驻第二个家站",
        "Deputy {0} is assigned to {1} from {2} and cannot be assigned to a second home or station at the same time",
        "A new assignment starts only after the deputy's previous assignment has ended.",
        "DOMAIN.md: every deputy is assigned to exactly one home or station (进家入站)");

    /// <summary>CD-ASG-002: a deputy is assigned within the area their congress covers.</summary>
    public static readonly RuleDescriptor WithinCongressArea = new(
        "CD-ASG-002",
        RuleSeverity.Error,
        "{1}服务的区划{2}不在代表{0}所属人大的行政区域{3}内",
        "{1} serves division {2}, outside the area {3} covered by the congress of deputy {0}",
        "The home or station serves a division within the division whose congress elected the deputy.",
        "DOMAIN.md: a home or station in a division that the deputy's congress covers");

    /// <summary>CD-ASG-003: a deputy is assigned only to a home or station in use (operational or upgraded).</summary>
    public static readonly RuleDescriptor PointInUse = new(
        "CD-ASG-003",
        RuleSeverity.Error,
        "{1}在{2}尚未建成运行或已撤销（{3}），代表{0}不能进驻",
        "{1} is not in use on {2} ({3}), so deputy {0} cannot be assigned to it",
        "The home or station is operational or upgraded on the assignment date.",
        "DOMAIN.md, deputy homes and liaison stations: life cycle");

    /// <summary>CD-ASG-004: only an open assignment can end.</summary>
    public static readonly RuleDescriptor EndsOnlyWhenOpen = new(
        "CD-ASG-004",
        RuleSeverity.Error,
        "代表{0}当前没有进驻任何家站，无法结束进驻",
        "Deputy {0} has no open assignment to end",
        "Ending an assignment requires an open one.",
        "DOMAIN.md: the history of assignments is kept");

    /// <summary>CD-ASG-005: an assignment ends after it starts.</summary>
    public static readonly RuleDescriptor EndsAfterStart = new(
        "CD-ASG-005",
        RuleSeverity.Error,
        "代表{0}进驻{1}始于{2}，结束日期{3}不能早于或等于开始日期",
        "Deputy {0}'s assignment to {1} starts on {2}; it cannot end on {3}",
        "The end date of an assignment is after its start date.",
        "DOMAIN.md: the history of assignments is kept");

    /// <summary>CD-ASG-006: every deputy of the district is assigned to a home or station in use (全覆盖).</summary>
    public static readonly RuleDescriptor EveryDeputyAssigned = new(
        "CD-ASG-006",
        RuleSeverity.Warning,
        "{1}代表{0}在{2}未进驻运行中的代表家站",
        "{1} deputy {0} is not assigned to a home or station in use on {2}",
        "Every deputy of every level in the district is assigned to an operational or upgraded home or station.",
        "满城区汇报: 实现四级人大代表全覆盖、全参与");

    /// <summary>CD-ASG-007: a deputy is assigned under a mandate that is active on the assignment date.</summary>
    public static readonly RuleDescriptor MandateActive = new(
        "CD-ASG-007",
        RuleSeverity.Error,
        "代表{0}的代表资格在{1}不在任期内，不能进家入站",
        "Deputy {0}'s mandate is not active on {1}, so they cannot be assigned",
        "The mandate an assignment is made under is active on the assignment date.",
        "DOMAIN.md: every deputy is assigned to a home or station (进家入站)");
}
