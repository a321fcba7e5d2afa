namespace Congress.Domain.Campaigns;

/// <summary>Equality of catalogue entries (measures, themes) by their stable code, ordinal: cheap to hash.</summary>
/// <typeparam name="T">The type of the entries.</typeparam>
internal sealed class CodeEqualityComparer<T>(Func<T, string> code) : IEqualityComparer<T>
    where T : class
{
    public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(code(x), code(y), StringComparison.Ordinal));

    public int GetHashCode(T obj) => StringComparer.Ordinal.GetHashCode(code(obj));
}

/// <summary>The code comparers of the catalogue types.</summary>
internal static class CodeComparers
{
    public static readonly CodeEqualityComparer<Figures.Measure> Measure = new(m => m.Code);

    public static readonly CodeEqualityComparer<CityTheme> Theme = new(t => t.Code);
}
