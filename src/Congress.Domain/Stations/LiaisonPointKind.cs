namespace Congress.Domain.Stations;

/// <summary>What a liaison point is (家站类型): a deputy home or a liaison station.</summary>
public enum LiaisonPointKind
{
    /// <summary>A deputy home (代表之家), run by the district, a township congress or an industry.</summary>
    Home = 1,

    /// <summary>A liaison station (代表联络站), standing in a village or an enterprise, or serving an industry.</summary>
    Station = 2,
}
