using Ardalis.GuardClauses;

namespace Congress.Domain.Campaigns;

/// <summary>
/// A theme of a city campaign (主题): one of the areas a city asks its districts to work on, such as 乡村振兴
/// (rural revitalisation). District figures roll up to the city by theme. <see cref="CityThemes"/> holds Baoding's four.
/// </summary>
/// <remarks>
/// An open set: another city can create its own themes. Immutable and thread-safe; equality is by value
/// (code and names). <see cref="Code"/> is stable and is what data files store.
/// </remarks>
public sealed record CityTheme
{
    /// <summary>Creates a theme.</summary>
    /// <param name="code">The stable code, lower-case words joined by hyphens (<c>rural-revitalisation</c>).</param>
    /// <param name="nameZh">The Chinese name (乡村振兴).</param>
    /// <param name="nameEn">The English name.</param>
    public CityTheme(string code, string nameZh, string nameEn)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), StableCode.IsWellFormed, StableCode.Message);
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.NullOrWhiteSpace(nameEn);
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
