using Congress.Domain.Rules;

namespace Congress.Domain.Stations;

/// <summary>The rules of deputy homes and liaison stations (家站规则, CD-STN-nnn).</summary>
public static class StationRules
{
    /// <summary>CD-STN-001: a home or station moves only forward through its life cycle.</summary>
    public static readonly RuleDescriptor StageMovesForward = new(
        "CD-STN-001",
        RuleSeverity.Error,
        "{0}不能从“{1}”变更为“{2}”：家站建设阶段只能向前推进",
        "{0} cannot move from {1} to {2}: a home or station only moves forward through its life cycle",
        "A life-cycle change names a stage later than the current one.",
        "DOMAIN.md, deputy homes and liaison stations: planned, under construction, operational, upgraded, closed");

    /// <summary>CD-STN-002: a life-cycle change is not dated before the previous change.</summary>
    public static readonly RuleDescriptor StageDatesMoveForward = new(
        "CD-STN-002",
        RuleSeverity.Error,
        "{0}的阶段变更日期{2}早于上一次变更日期{1}",
        "{0}: the change dated {2} precedes the previous change dated {1}",
        "A life-cycle change is dated on or after the previous change.",
        "DOMAIN.md, deputy homes and liaison stations: each stage is dated");

    /// <summary>CD-STN-003: every township-level unit of a district has an operational deputy home (代表之家全覆盖).</summary>
    public static readonly RuleDescriptor TownshipHasHome = new(
        "CD-STN-003",
        RuleSeverity.Warning,
        "乡镇级单位{0}在{1}没有建成运行的代表之家",
        "Township-level unit {0} has no operational deputy home on {1}",
        "Every township-level unit of a district has an operational (or upgraded) deputy home on the date.",
        "清苑区汇报: 在辖区内实现了代表之家全覆盖");
}
