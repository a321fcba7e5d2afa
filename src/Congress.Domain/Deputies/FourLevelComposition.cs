using System.Globalization;

namespace Congress.Domain.Deputies;

/// <summary>
/// The four-level composition of a district's deputies on a date (四级人大代表): how many provincial, municipal,
/// district and township deputies live or are stationed there. 满城区: 1, 21, 209, 802.
/// </summary>
/// <param name="Provincial">Provincial deputies (省人大代表) elected or stationed there.</param>
/// <param name="Municipal">Municipal deputies (市人大代表) elected or stationed there.</param>
/// <param name="County">District or county deputies (区县人大代表).</param>
/// <param name="Township">Township deputies (乡镇人大代表).</param>
/// <remarks>Immutable and thread-safe; equality is by value. A person with mandates at two levels counts once at each.</remarks>
public readonly record struct FourLevelComposition(int Provincial, int Municipal, int County, int Township)
{
    /// <summary>The mandates of all four levels together (a person at two levels counts twice).</summary>
    public int Total => Provincial + Municipal + County + Township;

    /// <summary>The composition as the reports write it: <c>省1 市21 区209 乡802</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"省{Provincial} 市{Municipal} 区{County} 乡{Township}");
}
