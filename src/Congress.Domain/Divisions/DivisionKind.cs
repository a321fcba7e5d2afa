using Congress.Domain.Congresses;

namespace Congress.Domain.Divisions;

/// <summary>The kind of an administrative division (行政区划类型).</summary>
public enum DivisionKind
{
    /// <summary>A province or autonomous region (省、自治区).</summary>
    Province = 1,

    /// <summary>A municipality directly under the central government (直辖市).</summary>
    Municipality = 2,

    /// <summary>A prefecture-level city divided into districts or an autonomous prefecture (设区的市、自治州).</summary>
    PrefectureCity = 3,

    /// <summary>A city district (市辖区), such as 满城区.</summary>
    District = 4,

    /// <summary>A county or autonomous county (县、自治县).</summary>
    County = 5,

    /// <summary>A county-level city, a city not divided into districts (县级市、不设区的市).</summary>
    CountyLevelCity = 6,

    /// <summary>A town (镇).</summary>
    Town = 7,

    /// <summary>A township (乡).</summary>
    Township = 8,

    /// <summary>An ethnic township (民族乡).</summary>
    EthnicTownship = 9,

    /// <summary>A sub-district (街道), the agency of a district government: no people's congress.</summary>
    SubDistrict = 10,

    /// <summary>A sub-district office (办事处), such as 清苑区城区办事处: no people's congress.</summary>
    SubDistrictOffice = 11,

    /// <summary>A functional zone (功能区: 高新区, 开发区), which may manage divisions it does not legally contain: no people's congress.</summary>
    FunctionalZone = 12,

    /// <summary>A village (村, 村民委员会): no people's congress.</summary>
    Village = 13,

    /// <summary>An urban community (社区, 居民委员会): no people's congress.</summary>
    Community = 14,
}

/// <summary>What the law says about each <see cref="DivisionKind"/>: its congress, its code level and its tier.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class DivisionKinds
{
    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<DivisionKind> All { get; } = Enum.GetValues<DivisionKind>();

    /// <summary>Whether a division of this kind legally has a people's congress (none for 街道, 办事处, functional zones, villages and communities).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it has a congress.</returns>
    public static bool HasCongress(this DivisionKind kind) => kind.CongressLevel() is not null;

    /// <summary>The level of the congress a division of this kind has, or <see langword="null"/> when it has none.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The congress level, or <see langword="null"/>.</returns>
    public static CongressLevel? CongressLevel(this DivisionKind kind) => kind switch
    {
        DivisionKind.Province or DivisionKind.Municipality => Congresses.CongressLevel.Provincial,
        DivisionKind.PrefectureCity => Congresses.CongressLevel.Municipal,
        DivisionKind.District or DivisionKind.County or DivisionKind.CountyLevelCity => Congresses.CongressLevel.County,
        DivisionKind.Town or DivisionKind.Township or DivisionKind.EthnicTownship => Congresses.CongressLevel.Township,
        _ => null,
    };

    /// <summary>Whether the kind is a township-level unit (乡级: 乡, 民族乡, 镇, 街道, 办事处).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is township level.</returns>
    public static bool IsTownshipLevel(this DivisionKind kind) =>
        kind is DivisionKind.Town or DivisionKind.Township or DivisionKind.EthnicTownship or DivisionKind.SubDistrict or DivisionKind.SubDistrictOffice;

    /// <summary>Whether the kind is county level (县级: 市辖区, 县, 县级市).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is county level.</returns>
    public static bool IsCountyLevel(this DivisionKind kind) =>
        kind is DivisionKind.District or DivisionKind.County or DivisionKind.CountyLevelCity;

    /// <summary>Whether the kind is a top-level division with no legal parent (省级: 省, 自治区, 直辖市).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is province level.</returns>
    public static bool IsProvinceLevel(this DivisionKind kind) => kind is DivisionKind.Province or DivisionKind.Municipality;

    /// <summary>Whether a code of <paramref name="level"/> fits a division of this kind.</summary>
    /// <remarks>
    /// Provinces and municipalities take xx0000, prefecture cities xxxx00, county-level kinds six digits, township-level
    /// kinds nine, villages and communities twelve. A functional zone takes six or nine digits. A county directly under
    /// a province or a district of a municipality still has a six-digit county code.
    /// </remarks>
    /// <param name="kind">The kind.</param>
    /// <param name="level">The level the code's digits name.</param>
    /// <returns>Whether they agree.</returns>
    public static bool FitsCodeLevel(this DivisionKind kind, CodeLevel level) => kind switch
    {
        DivisionKind.Province or DivisionKind.Municipality => level == CodeLevel.Province,
        DivisionKind.PrefectureCity => level == CodeLevel.Prefecture,
        DivisionKind.District or DivisionKind.County or DivisionKind.CountyLevelCity => level == CodeLevel.County,
        DivisionKind.FunctionalZone => level is CodeLevel.County or CodeLevel.Township,
        DivisionKind.Village or DivisionKind.Community => level == CodeLevel.Village,
        _ => level == CodeLevel.Township,
    };

    /// <summary>The Chinese name of the kind (省, 直辖市, 镇, 街道 ...).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The Chinese name.</returns>
    public static string ChineseName(this DivisionKind kind) => kind switch
    {
        DivisionKind.Province => "省",
        DivisionKind.Municipality => "直辖市",
        DivisionKind.PrefectureCity => "设区的市",
        DivisionKind.District => "市辖区",
        DivisionKind.County => "县",
        DivisionKind.CountyLevelCity => "县级市",
        DivisionKind.Town => "镇",
        DivisionKind.Township => "乡",
        DivisionKind.EthnicTownship => "民族乡",
        DivisionKind.SubDistrict => "街道",
        DivisionKind.SubDistrictOffice => "办事处",
        DivisionKind.FunctionalZone => "功能区",
        DivisionKind.Village => "村",
        DivisionKind.Community => "社区",
        _ => kind.ToString(),
    };
}
