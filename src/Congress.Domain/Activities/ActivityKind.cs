using Ardalis.GuardClauses;
using Congress.Domain.Campaigns;

namespace Congress.Domain.Activities;

/// <summary>
/// What kind of thing deputies or a station did (活动类型): 接待选民, 走访, 调研, 视察, 座谈会 ... An open set:
/// <see cref="ActivityKinds"/> holds the built-in catalogue and a host can create its own.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. <see cref="Code"/> is stable and is what data files store.</remarks>
public sealed record ActivityKind
{
    /// <summary>Creates an activity kind.</summary>
    /// <param name="code">The stable code, lower-case words joined by hyphens (<c>receiving-voters</c>).</param>
    /// <param name="nameZh">The Chinese name as reports write it (接待选民).</param>
    /// <param name="nameEn">The English name.</param>
    public ActivityKind(string code, string nameZh, string nameEn)
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
