using Congress.Domain.Divisions;
using Congress.Domain.Testing;

namespace Congress.Domain.Tests.Divisions;

/// <summary>
/// The part of 保定市 the seed reports speak of: 满城区 with its 12 township-level units (贤台乡 managed by the high-tech
/// zone), 清苑区 with 18 乡镇 and 城区办事处, and 徐水区. County-level codes are GB/T 2260; the township names are the
/// real ones, their nine-digit codes are illustrative (1xx for towns, 2xx for townships, 0xx for offices).
/// </summary>
internal static class Baoding
{
    public static readonly DivisionCode Hebei = DivisionCode.Parse("130000");
    public static readonly DivisionCode City = DivisionCode.Parse(Seed.BaodingCode);
    public static readonly DivisionCode Mancheng = DivisionCode.Parse(Seed.ManchengCode);
    public static readonly DivisionCode Qingyuan = DivisionCode.Parse(Seed.QingyuanCode);
    public static readonly DivisionCode Xushui = DivisionCode.Parse(Seed.XushuiCode);
    public static readonly DivisionCode HighTechZone = DivisionCode.Parse("130671");
    public static readonly DivisionCode Xiantai = DivisionCode.Parse("130607207");
    public static readonly DivisionCode QingyuanOffice = DivisionCode.Parse("130608001");
    public static readonly DivisionCode Dafu = DivisionCode.Parse("130608100201");

    public static readonly string[] ManchengTowns = ["满城镇", "大册营镇", "神星镇", "南韩村镇"];
    public static readonly string[] ManchengTownships = ["方顺桥乡", "于家庄乡", "要庄乡", "白龙乡", "石井乡", "坨南乡", "刘家台乡", "贤台乡"];
    public static readonly string[] QingyuanTowns = ["清苑镇", "冉庄镇", "阳城镇", "魏村镇", "温仁镇", "张登镇", "大庄镇", "臧村镇"];
    public static readonly string[] QingyuanTownships = ["望亭乡", "白团乡", "北店乡", "石桥乡", "李庄乡", "北王力乡", "东吕乡", "何桥乡", "孙村乡", "阎庄乡"];

    public static IReadOnlyList<Division> Divisions()
    {
        var list = new List<Division>
        {
            new(Hebei, "河北省", DivisionKind.Province, DivisionCode.None),
            new(City, "保定市", DivisionKind.PrefectureCity, Hebei),
            new(Mancheng, "满城区", DivisionKind.District, City),
            new(Qingyuan, "清苑区", DivisionKind.District, City),
            new(Xushui, "徐水区", DivisionKind.District, City),
            new(HighTechZone, "保定国家高新技术产业开发区", DivisionKind.FunctionalZone, City),
            new(QingyuanOffice, "城区办事处", DivisionKind.SubDistrictOffice, Qingyuan),
        };
        AddUnits(list, Mancheng, ManchengTowns, ManchengTownships);
        AddUnits(list, Qingyuan, QingyuanTowns, QingyuanTownships);
        list.Add(new Division(Dafu, "大福村", DivisionKind.Village, DivisionCode.Parse("130608100")));
        return list;
    }

    public static DivisionHierarchy Hierarchy() => DivisionHierarchy.Create(Divisions());

    private static void AddUnits(List<Division> list, DivisionCode county, string[] towns, string[] townships)
    {
        for (var i = 0; i < towns.Length; i++)
        {
            list.Add(new Division(Child(county, 100 + i), towns[i], DivisionKind.Town, county));
        }

        for (var i = 0; i < townships.Length; i++)
        {
            var code = Child(county, 200 + i);
            list.Add(new Division(code, townships[i], DivisionKind.Township, county, townships[i] == "贤台乡" ? HighTechZone : DivisionCode.None));
        }
    }

    private static DivisionCode Child(DivisionCode county, int suffix) => DivisionCode.Parse($"{county}{suffix:D3}");
}
