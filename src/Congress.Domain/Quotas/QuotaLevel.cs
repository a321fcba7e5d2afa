using Congress.Domain.Divisions;

namespace Congress.Domain.Quotas;

/// <summary>The tiers Election Law art. 11 sets seat quotas for (代表名额层级).</summary>
public enum QuotaLevel
{
    /// <summary>A province or autonomous region (省、自治区).</summary>
    Province = 1,

    /// <summary>A municipality directly under the central government (直辖市).</summary>
    Municipality = 2,

    /// <summary>A city divided into districts or an autonomous prefecture (设区的市、自治州).</summary>
    PrefectureCity = 3,

    /// <summary>A county, autonomous county, city not divided into districts or city district (县、自治县、不设区的市、市辖区).</summary>
    County = 4,

    /// <summary>A township, ethnic township or town (乡、民族乡、镇).</summary>
    Township = 5,
}

/// <summary>Maps divisions to quota tiers.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class QuotaLevels
{
    /// <summary>The quota tier of a division kind, or <see langword="null"/> when the kind has no congress.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The tier.</returns>
    public static QuotaLevel? Of(DivisionKind kind) => kind switch
    {
        DivisionKind.Province => QuotaLevel.Province,
        DivisionKind.Municipality => QuotaLevel.Municipality,
        DivisionKind.PrefectureCity => QuotaLevel.PrefectureCity,
        DivisionKind.District or DivisionKind.County or DivisionKind.CountyLevelCity => QuotaLevel.County,
        DivisionKind.Town or DivisionKind.Township or DivisionKind.EthnicTownship => QuotaLevel.Township,
        _ => null,
    };
}
