using Ardalis.GuardClauses;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Standards;

/// <summary>
/// The built-in standards profiles (内置家站标准): 满城's "五有" (the default), 清苑's four items and Guangdong's "七有".
/// A host defines its own with <see cref="StandardsProfile"/>.
/// </summary>
/// <remarks>Thread-safe; the profiles are built once.</remarks>
public static class StandardsProfiles
{
    /// <summary>
    /// 满城区 "五有": 有场所、有牌子、有设施、有制度、有档案 (a site, a sign, facilities, written rules, archives).
    /// Name <c>mancheng-wuyou</c>. Evidence does not expire.
    /// </summary>
    public static StandardsProfile ManchengFiveHaves { get; } = new(
        "mancheng-wuyou",
        1,
        "满城区代表家站“五有”标准",
        "Mancheng \"five haves\"",
        [
            new Criterion("site", "有场所", "a site", "固定活动场所的照片或使用协议", "a photo or use agreement of a fixed meeting place"),
            new Criterion("sign", "有牌子", "a sign", "门牌照片", "a photo of the sign at the door"),
            new Criterion("facilities", "有设施", "facilities", "桌椅、资料柜等设施清单或照片", "an inventory or photos of furniture, cabinets and equipment"),
            new Criterion("rules", "有制度", "written rules", "上墙的工作制度文本", "the written work rules, posted"),
            new Criterion("archives", "有档案", "archives", "活动记录和台账", "records and ledgers of activities"),
        ]);

    /// <summary>
    /// 清苑区's four items: 名称规范、场地固定、硬件设施完善、信息公开上墙 (a standard name, a fixed site, complete
    /// equipment, information posted on the wall). Name <c>qingyuan-sixiang</c>. Evidence does not expire.
    /// </summary>
    public static StandardsProfile QingyuanFourItems { get; } = new(
        "qingyuan-sixiang",
        1,
        "清苑区代表家站建设标准（四项）",
        "Qingyuan four items",
        [
            new Criterion("standard-name", "名称规范", "a standard name", "按统一规范命名的门牌照片", "a photo of the sign bearing the standard name"),
            new Criterion("fixed-site", "场地固定", "a fixed site", "固定场地的照片或使用协议", "a photo or use agreement of the fixed site"),
            new Criterion("equipment", "硬件设施完善", "complete equipment", "硬件设施清单或照片", "an inventory or photos of the equipment"),
            new Criterion("information-posted", "信息公开上墙", "information posted on the wall", "代表信息、联系方式和制度上墙的照片", "a photo of deputies' details, contacts and rules on the wall"),
        ]);

    /// <summary>
    /// Guangdong's "七有": 有场地、有设备、有制度、有人员、有活动、有经费、有档案 (a site, equipment, rules, staff,
    /// activities, funding, archives). Name <c>guangdong-qiyou</c>. Evidence of activities and of funding is
    /// valid for one year.
    /// </summary>
    public static StandardsProfile GuangdongSevenHaves { get; } = new(
        "guangdong-qiyou",
        1,
        "广东省代表联络站“七有”标准",
        "Guangdong \"seven haves\"",
        [
            new Criterion("site", "有场地", "a site", "固定场地的照片或使用协议", "a photo or use agreement of the site"),
            new Criterion("equipment", "有设备", "equipment", "设备清单或照片", "an inventory or photos of the equipment"),
            new Criterion("rules", "有制度", "rules", "上墙的工作制度文本", "the written work rules, posted"),
            new Criterion("staff", "有人员", "staff", "联络员名单", "the list of liaison staff"),
            new Criterion("activities", "有活动", "activities", "近一年的活动记录", "records of activities in the past year", Period.FromYears(1)),
            new Criterion("funding", "有经费", "funding", "年度经费预算或拨付凭证", "the yearly budget or a payment voucher", Period.FromYears(1)),
            new Criterion("archives", "有档案", "archives", "活动档案", "activity archives"),
        ]);

    /// <summary>The default profile: 满城's "五有".</summary>
    public static StandardsProfile Default => ManchengFiveHaves;

    /// <summary>Every built-in profile, the default first.</summary>
    public static IReadOnlyList<StandardsProfile> BuiltIn { get; } = [ManchengFiveHaves, QingyuanFourItems, GuangdongSevenHaves];

    /// <summary>Finds a built-in profile by its name or its Chinese name.</summary>
    /// <param name="name">The name (<c>qingyuan-sixiang</c>, case-insensitive) or the Chinese name.</param>
    /// <param name="profile">The profile when found.</param>
    /// <returns>Whether a built-in profile has that name.</returns>
    public static bool TryFind(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StandardsProfile? profile)
    {
        Guard.Against.Null(name);
        profile = Find(BuiltIn, name);
        return profile is not null;
    }

    /// <summary>
    /// The profile a rule set names for a date (its <see cref="RuleSet.StandardsProfileParameter"/> parameter), among
    /// the built-in profiles and the host's own.
    /// </summary>
    /// <param name="ruleSet">The district's rule set.</param>
    /// <param name="on">The date.</param>
    /// <param name="hostProfiles">The host's own profiles, searched first; none when <see langword="null"/>.</param>
    /// <returns>The named profile, or <see cref="Default"/> when the rule set names none on that date.</returns>
    /// <exception cref="ArgumentException">The rule set names a profile that is neither built in nor the host's.</exception>
    public static StandardsProfile InForce(RuleSet ruleSet, LocalDate on, IEnumerable<StandardsProfile>? hostProfiles = null)
    {
        Guard.Against.Null(ruleSet);
        var name = ruleSet.ParameterOn(RuleSet.StandardsProfileParameter, on);
        if (name is null)
        {
            return Default;
        }

        return Find(hostProfiles ?? [], name) ?? Find(BuiltIn, name)
            ?? throw new ArgumentException($"Rule set '{ruleSet.Name}' names the unknown standards profile '{name}'.", nameof(ruleSet));
    }

    private static StandardsProfile? Find(IEnumerable<StandardsProfile> profiles, string name) =>
        profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.NameZh, name, StringComparison.Ordinal));
}
