using Ardalis.GuardClauses;

namespace Congress.Domain.Figures;

/// <summary>
/// What a figure counts (统计口径): for example 接待选民 (voters received, in 人次) or 提出意见建议 (suggestions raised,
/// in 条). Measures are an open set: <see cref="Measures"/> holds the built-in catalogue and a host can create its own.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. <see cref="Code"/> is stable and is what data files store.</remarks>
public sealed record Measure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="code">The stable code, lower-case words joined by hyphens (<c>voters-received</c>).</param>
    /// <param name="nameZh">The Chinese name as reports write it (接待选民).</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="unit">The unit it is counted in.</param>
    public Measure(string code, string nameZh, string nameEn, Unit unit)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), StableCode.IsWellFormed, "A measure code holds lower-case letters, digits and hyphens.");
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.NullOrWhiteSpace(nameEn);
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Unit = unit;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The unit it is counted in.</summary>
    public Unit Unit { get; }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
