using Congress.Domain.Rules;

namespace Congress.Domain.Interchange.Domain;

/// <summary>
/// The rules of mapping a dataset onto the domain (数据集映射规则, CD-DST-nnn): what the interchange format can say but
/// the domain's types refuse. They live in this package, so <see cref="RuleCatalogue.BuiltIn"/> (the core's rules) does
/// not list them; <see cref="All"/> does.
/// </summary>
public static class DatasetModelRules
{
    /// <summary>CD-DST-001: an item of the dataset is one the domain accepts (a home run by a village is not).</summary>
    public static readonly RuleDescriptor ItemAccepted = new(
        "CD-DST-001",
        RuleSeverity.Error,
        "{0}不能纳入领域模型：{1}",
        "{0} cannot enter the domain model: {1}",
        "Every division, term, mandate, home or station of a dataset is one the domain's types accept (kind and sponsor fit, an industry home names its industry, a term ends after it starts).",
        "DOMAIN.md, deputy homes and liaison stations (代表之家由区、乡镇或行业主办，联络站由村、企业或行业主办); docs/interchange.md");

    /// <summary>CD-DST-002: a home or station has a dated life cycle, or the dataset says the date it speaks of.</summary>
    public static readonly RuleDescriptor StageKnown = new(
        "CD-DST-002",
        RuleSeverity.Warning,
        "{0}没有建设阶段记录，数据集也未注明截止日期，无法判断其状态",
        "{0} has no life cycle and the dataset states no date it speaks of, so its stage is unknown",
        "A home or station without a life cycle is read as operational on the dataset's provenance date; without that date it is left out.",
        "DOMAIN.md, deputy homes and liaison stations: each stage is dated");

    /// <summary>CD-DST-003: each focus area of a campaign maps to a city theme (CityThemes), directly or through its parent's focus area.</summary>
    public static readonly RuleDescriptor FocusAreaHasTheme = new(
        "CD-DST-003",
        RuleSeverity.Error,
        "{0}的工作重点“{1}”对应的主题“{2}”不是市级主题（{3}），其数字无法汇总",
        "Focus area '{1}' of {0} maps to '{2}', which is not a city theme ({3}), so its figures cannot roll up",
        "Every focus area of a campaign names a city theme: a top campaign by its code, a localised one through its parent's focus area (parentTheme).",
        "保定市人大常委会“建设现代化新保定、人大代表立新功”实践活动方案及各区落实方案");

    /// <summary>Every rule of this class.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [ItemAccepted, StageKnown, FocusAreaHasTheme];
}
