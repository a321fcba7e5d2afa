namespace Congress.Domain.Stations;

/// <summary>The key checks the stations, standards and evaluation guards share.</summary>
internal static class Keys
{
    /// <summary>Whether no two items share a key (ordinal).</summary>
    public static bool AreUnique<T>(IReadOnlyCollection<T> items, Func<T, string> key) =>
        items.Select(key).Distinct(StringComparer.Ordinal).Count() == items.Count;
}
