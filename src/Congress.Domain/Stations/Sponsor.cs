namespace Congress.Domain.Stations;

/// <summary>Who runs a home or station (主办方式).</summary>
public enum Sponsor
{
    /// <summary>Run directly by the district standing committee (区级人大直接管理). Homes only.</summary>
    DistrictRun = 1,

    /// <summary>Run directly by a township congress (乡镇直接管理). Homes only.</summary>
    TownshipRun = 2,

    /// <summary>Serving an industry (行业性代表之家, 行业代表联络站): homes and stations; names its <see cref="Industry"/>.</summary>
    Industry = 3,

    /// <summary>Standing in a village or community (设立在村). Stations only.</summary>
    Village = 4,

    /// <summary>Standing in an enterprise (设立在企业). Stations only.</summary>
    Enterprise = 5,
}
