using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using NodaTime;

namespace Congress.Domain.Campaigns;

/// <summary>
/// The campaigns of the Baoding seed reports, as data: the city's "建设现代化新保定、人大代表立新功" and its
/// localisations by 满城区, 清苑区 and 徐水区, with their focus areas as each district words them and their organisation
/// as far as the reports state it.
/// </summary>
/// <remarks>
/// The reports give no year; they speak of "今年" after the 2022 upgrade, and the periods here assume 2024: the city's
/// campaign from 2024-03-01, the districts' from 2024-04-01 (清苑's 主任会议 met on 4月10日, its 部署会议 on 4月16日),
/// all to 2024-12-31. The reports do not say which townships each of 满城's guidance groups links, nor which director
/// answers for which township in 清苑, nor the dates of 清苑's dispatch meetings: those lists are empty and a host fills
/// them (<see cref="CampaignOrganisation.WithGuidanceGroups"/>, <see cref="CampaignOrganisation.WithLiaisons"/>,
/// <see cref="DispatchSchedule.WithMeeting"/>). Thread-safe; every member is built once.
/// </remarks>
public static class BaodingCampaigns
{
    /// <summary>The year the periods assume.</summary>
    public const int Year = 2024;

    /// <summary>保定市's city campaign, "建设现代化新保定、人大代表立新功", worded by the four <see cref="CityThemes"/>.</summary>
    public static readonly Campaign City = new(
        "baoding-lixingong",
        "建设现代化新保定、人大代表立新功",
        new CongressKey(DivisionCode.Parse("130600"), CongressLevel.Municipal),
        new DateInterval(new LocalDate(Year, 3, 1), new LocalDate(Year, 12, 31)),
        CityThemes.BuiltIn.Select(t => new FocusArea(t.Code, t.NameZh, t)),
        nameEn: "Building a modern new Baoding: deputies make new contributions");

    /// <summary>满城区's "建设品质新满城、人大代表勇担当", organised "1+4+4".</summary>
    public static readonly Campaign Mancheng = new(
        "mancheng-yongdandang",
        "建设品质新满城、人大代表勇担当",
        new CongressKey(DivisionCode.Parse("130607"), CongressLevel.County),
        DistrictPeriod,
        [
            new FocusArea("investment", "聚力招商引资、服务企业发展", CityThemes.InvestmentAndEnterprise),
            new FocusArea("urban-renewal", "人民城市为人民、城市更新显担当", CityThemes.UrbanRenewal),
            new FocusArea("rural", "助农增收促产业、乡村振兴当表率", CityThemes.RuralRevitalisation),
            new FocusArea("grassroots", "服务基层微治理、倾听民声解民忧", CityThemes.GrassrootsGovernance),
        ],
        City,
        new CampaignOrganisation(
            new LeadingGroup("常委会主任", ["各副主任"]),
            Enumerable.Range(1, 4).Select(i => new WorkTeam($"工作专班{i}")),
            Enumerable.Range(1, 4).Select(i => new GuidanceGroup($"指导组{i}")),
            [new CampaignPlan("《“建设品质新满城、人大代表勇担当”实践活动方案》", PlanKind.Implementation)]),
        "Building a quality new Mancheng: deputies take responsibility");

    /// <summary>清苑区's "推动清苑高质量发展，人大代表做贡献", with its 四个聚焦 and "1+1+4" plans.</summary>
    public static readonly Campaign Qingyuan = new(
        "qingyuan-zuogongxian",
        "推动清苑高质量发展，人大代表做贡献",
        new CongressKey(DivisionCode.Parse("130608"), CongressLevel.County),
        DistrictPeriod,
        [
            new FocusArea("new-productive-forces", "聚焦发展新质生产力，在推动创新引领上下功夫", CityThemes.InvestmentAndEnterprise),
            new FocusArea("harmonious-villages", "聚焦推进和美乡村建设，在助力乡村振兴上下功夫", CityThemes.RuralRevitalisation),
            new FocusArea("organic-renewal", "聚焦深化城市有机更新，在提升城市品味上下功夫", CityThemes.UrbanRenewal),
            new FocusArea("social-harmony", "聚焦维护社会和谐稳定，在化解矛盾纠纷上下功夫", CityThemes.GrassrootsGovernance),
        ],
        City,
        new CampaignOrganisation(
            plans:
            [
                new CampaignPlan("实施方案", PlanKind.Implementation),
                new CampaignPlan("组织机构", PlanKind.Organisation),
                .. Enumerable.Range(1, 4).Select(i => new CampaignPlan($"专项工作计划{i}", PlanKind.SpecialWork)),
            ],
            dispatch: new DispatchSchedule(new YearMonth(Year, 5), new YearMonth(Year, 12)),
            keyMeetings:
            [
                new CampaignMeeting(new LocalDate(Year, 4, 10), "主任会议"),
                new CampaignMeeting(new LocalDate(Year, 4, 16), "驻区全国、省、市人大代表和乡镇人大主席部署会议"),
            ],
            mechanisms: ["定期调度", "主任包联"]),
        "Promoting Qingyuan's high-quality development: deputies contribute");

    /// <summary>徐水区's campaign, under the city's name, with its four key contents (四项重点内容).</summary>
    public static readonly Campaign Xushui = new(
        "xushui-lixingong",
        "建设现代化新保定、人大代表立新功",
        new CongressKey(DivisionCode.Parse("130609"), CongressLevel.County),
        DistrictPeriod,
        [
            new FocusArea("investment", "招商引资（招商引资立新功、争做“招商大使”）", CityThemes.InvestmentAndEnterprise),
            new FocusArea("urban-construction", "城市建设", CityThemes.UrbanRenewal),
            new FocusArea("rural", "乡村振兴", CityThemes.RuralRevitalisation),
            new FocusArea("grassroots", "服务基层微治理", CityThemes.GrassrootsGovernance),
        ],
        City,
        new CampaignOrganisation(
            plans: [new CampaignPlan("《实施方案》", PlanKind.Implementation)],
            mechanisms: ["分层负责制", "月活动、总结报告制度", "微信跟踪指导"]),
        "Building a modern new Baoding: deputies make new contributions (Xushui)");

    /// <summary>The three district localisations, in the order of the reports.</summary>
    public static IReadOnlyList<Campaign> Districts { get; } = [Mancheng, Qingyuan, Xushui];

    private static DateInterval DistrictPeriod => new(new LocalDate(Year, 4, 1), new LocalDate(Year, 12, 31));
}
