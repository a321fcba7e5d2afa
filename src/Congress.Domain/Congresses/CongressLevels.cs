namespace Congress.Domain.Congresses;

/// <summary>What the law says about each <see cref="CongressLevel"/>.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class CongressLevels
{
    /// <summary>
    /// Whether deputies of this level are elected directly by voters in electoral districts (选区: county and township),
    /// rather than by the congress one level below (选举单位: city, province, nation). Election Law art. 3.
    /// </summary>
    /// <param name="level">The level.</param>
    /// <returns>Whether the election is direct.</returns>
    public static bool IsDirectlyElected(this CongressLevel level) => level is CongressLevel.County or CongressLevel.Township;

    /// <summary>The Chinese name of the level's deputies (省人大代表, 乡人大代表 ...).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The Chinese name.</returns>
    public static string DeputyNameZh(this CongressLevel level) => level switch
    {
        CongressLevel.National => "全国人大代表",
        CongressLevel.Provincial => "省人大代表",
        CongressLevel.Municipal => "市人大代表",
        CongressLevel.County => "区县人大代表",
        CongressLevel.Township => "乡镇人大代表",
        _ => level.ToString(),
    };
}
