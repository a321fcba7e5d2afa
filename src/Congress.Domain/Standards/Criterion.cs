using Ardalis.GuardClauses;
using NodaTime;
using Congress.Domain.Stations;

namespace Congress.Domain.Standards;

/// <summary>
/// One item of a standards checklist (标准条目): 有场所 (a site), 名称规范 (a standard name) ... with a stable code,
/// its names, what evidence proves it and, optionally, how long a piece of evidence stays valid.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Criterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="code">The stable code within its profile: lower-case letters, digits and hyphens (<c>site</c>).</param>
    /// <param name="nameZh">The Chinese name (有场所).</param>
    /// <param name="nameEn">The English name (a site).</param>
    /// <param name="evidenceZh">What proves it, in Chinese (场所照片及使用协议).</param>
    /// <param name="evidenceEn">What proves it, in English.</param>
    /// <param name="validity">How long evidence stays valid from its date; <see langword="null"/> when it does not expire.</param>
    public Criterion(string code, string nameZh, string nameEn, string evidenceZh, string evidenceEn, Period? validity = null)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), StableCode.IsWellFormed, "A criterion code holds lower-case letters, digits and hyphens.");
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.NullOrWhiteSpace(nameEn);
        Guard.Against.NullOrWhiteSpace(evidenceZh);
        Guard.Against.NullOrWhiteSpace(evidenceEn);
        Guard.Against.InvalidInput(validity, nameof(validity), v => v is null || (!v.HasTimeComponent && new LocalDate(2000, 1, 1).Plus(v) > new LocalDate(2000, 1, 1)), "A validity is a positive period of days, weeks, months or years.");
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        EvidenceZh = evidenceZh;
        EvidenceEn = evidenceEn;
        Validity = validity;
    }

    /// <summary>The stable code within its profile.</summary>
    public string Code { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>What proves it, in Chinese.</summary>
    public string EvidenceZh { get; }

    /// <summary>What proves it, in English.</summary>
    public string EvidenceEn { get; }

    /// <summary>How long evidence stays valid from its date; <see langword="null"/> when it does not expire.</summary>
    public Period? Validity { get; }

    /// <summary>The date a piece of evidence dated <paramref name="evidenceDate"/> stops counting, or <see langword="null"/>.</summary>
    /// <param name="evidenceDate">The date of the evidence.</param>
    /// <returns>The first day it no longer counts.</returns>
    public LocalDate? ExpiresOn(LocalDate evidenceDate) => Validity is null ? null : evidenceDate.Plus(Validity);
}
