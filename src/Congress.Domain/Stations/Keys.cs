namespace Congress.Domain.Stations;

/// <summary>The key checks the stations, standards and evaluation guards share.</summary>
internal static class Keys
{
    /// <summary>Whether a stable code holds only lower-case ASCII letters, digits and hyphens (<c>mancheng-wuyou</c>).</summary>
    public static bool IsStableCode(string code) => code.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Whether no two items share a key (ordinal).</summary>
    public static bool AreUnique<T>(IReadOnlyCollection<T> items, Func<T, string> key) =>
        items.Select(key).Distinct(StringComparer.Ordinal).Count() == items.Count;
}
