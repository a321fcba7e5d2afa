using System.Globalization;
using Ardalis.GuardClauses;
using Congress.Domain.Rules;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Domain.Standards;

/// <summary>How one criterion stands on a date (条目结论).</summary>
public enum CriterionStatus
{
    /// <summary>Met: valid evidence proves it (达标).</summary>
    Met = 1,

    /// <summary>Not met: the evidence expired or an inspection found it unmet (未达标).</summary>
    Unmet = 2,

    /// <summary>No evidence dated on or before the date (无佐证).</summary>
    NoEvidence = 3,
}

/// <summary>The judgement of one criterion on a date: its status, the evidence it rests on, and the reason.</summary>
/// <remarks>Immutable and thread-safe; equality is by reference. The violation is built when first asked for.</remarks>
public sealed class CriterionJudgement
{
    private readonly LocalDate _on;
    private readonly EvidenceFile.UnmetFinding? _finding;
    private RuleViolation? _violation;

    internal CriterionJudgement(string subject, Criterion criterion, LocalDate on, CriterionStatus status, Evidence? basis, EvidenceFile.UnmetFinding? finding)
    {
        Subject = subject;
        Criterion = criterion;
        _on = on;
        Status = status;
        Basis = basis;
        _finding = finding;
    }

    /// <summary>The home or station judged.</summary>
    public string Subject { get; }

    /// <summary>The criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>The status.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The evidence the status rests on: the valid evidence when met, the expired evidence when it expired.</summary>
    public Evidence? Basis { get; }

    /// <summary>The rule violation when not met (CD-STD-001, CD-STD-002 or CD-STD-003); <see langword="null"/> when met.</summary>
    public RuleViolation? Violation => Status == CriterionStatus.Met ? null : _violation ??= BuildViolation();

    /// <summary>The reason, in zh-Hans by default or English for <c>en</c> cultures.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for zh-Hans.</param>
    /// <returns>The reason: the violation's message, or the evidence that proves the criterion.</returns>
    public string Reason(CultureInfo? culture = null)
    {
        if (Violation is { } violation)
        {
            return violation.Message(culture);
        }

        var e = Basis!;
        var english = culture is not null && culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        return english
            ? $"\"{Criterion.NameEn}\" proven by {e.What} ({e.By}, {IsoDate.Format(e.On)}, {e.Reference})"
            : $"“{Criterion.NameZh}”有佐证：{e.What}（{e.By}，{IsoDate.Format(e.On)}，{e.Reference}）";
    }

    private RuleViolation BuildViolation()
    {
        var c = Criterion;
        if (Basis is { } expired)
        {
            return StandardsRules.EvidenceIsCurrent.Violation(Subject, Subject, c.NameZh, expired.What, IsoDate.Format(c.ExpiresOn(expired.On)!.Value), c.NameEn);
        }

        if (_finding is { } f)
        {
            return StandardsRules.InspectionFindingRectified.Violation(Subject, Subject, c.NameZh, IsoDate.Format(f.On), f.Finding.Note, c.NameEn);
        }

        return StandardsRules.CriterionHasEvidence.Violation(Subject, Subject, c.NameZh, c.EvidenceZh, IsoDate.Format(_on), c.NameEn, c.EvidenceEn);
    }
}

/// <summary>
/// The judgement of one home or station against a standards profile on a date (达标评定): each criterion met, not met
/// or without evidence, and compliant only when every criterion is met.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class ComplianceJudgement
{
    private readonly CriterionJudgement[] _criteria;

    internal ComplianceJudgement(string subject, StandardsProfile profile, LocalDate on, CriterionJudgement[] criteria, int met)
    {
        Subject = subject;
        Profile = profile;
        On = on;
        _criteria = criteria;
        MetCount = met;
    }

    /// <summary>The home or station judged.</summary>
    public string Subject { get; }

    /// <summary>The profile.</summary>
    public StandardsProfile Profile { get; }

    /// <summary>The date.</summary>
    public LocalDate On { get; }

    /// <summary>Each criterion in profile order.</summary>
    public IReadOnlyList<CriterionJudgement> Criteria => _criteria;

    /// <summary>How many criteria are met.</summary>
    public int MetCount { get; }

    /// <summary>Whether every criterion is met (达标).</summary>
    public bool IsCompliant => MetCount == _criteria.Length;

    /// <summary>The share of criteria met, in [0, 1]; 1 for a profile without criteria.</summary>
    public decimal MetShare => MetCount == _criteria.Length ? 1m : (decimal)MetCount / _criteria.Length;

    /// <summary>The violations of the criteria not met, in profile order.</summary>
    public IEnumerable<RuleViolation> Violations => _criteria.Where(c => c.Violation is not null).Select(c => c.Violation!);
}

/// <summary>Judges homes and stations against standards profiles (达标评定).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ComplianceJudge
{
    /// <summary>Judges one home or station against a profile on a date, ignoring everything dated after it.</summary>
    /// <param name="subject">The name or identity of the home or station, for reasons and violations.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="file">Its evidence file.</param>
    /// <param name="on">The date.</param>
    /// <returns>The judgement.</returns>
    /// <remarks>
    /// For each criterion: the latest evidence dated on or before <paramref name="on"/> and after the latest
    /// inspection on or before <paramref name="on"/> that found the criterion unmet decides. It is met when that
    /// evidence has not expired by <paramref name="on"/> (CD-STD-002 otherwise); without such evidence the criterion
    /// is unmet by the inspection (CD-STD-003) or has no evidence (CD-STD-001).
    /// </remarks>
    public static ComplianceJudgement Judge(string subject, StandardsProfile profile, EvidenceFile file, LocalDate on)
    {
        Guard.Against.NullOrWhiteSpace(subject);
        Guard.Against.Null(profile);
        Guard.Against.Null(file);
        var criteria = profile.CriteriaArray;
        var results = new CriterionJudgement[criteria.Length];
        var met = 0;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = JudgeCriterion(subject, criteria[i], file, on);
            if (results[i].Status == CriterionStatus.Met)
            {
                met++;
            }
        }

        return new ComplianceJudgement(subject, profile, on, results, met);
    }

    /// <summary>Whether one home or station meets every criterion of a profile on a date, without building a judgement.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="file">Its evidence file.</param>
    /// <param name="on">The date.</param>
    /// <returns>The same answer as <see cref="Judge"/>'s <see cref="ComplianceJudgement.IsCompliant"/>.</returns>
    public static bool IsCompliant(StandardsProfile profile, EvidenceFile file, LocalDate on)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(file);
        var criteria = profile.CriteriaArray;
        for (var i = 0; i < criteria.Length; i++)
        {
            if (Decide(criteria[i], file, on, out _, out _) != CriterionStatus.Met)
            {
                return false;
            }
        }

        return true;
    }

    private static CriterionJudgement JudgeCriterion(string subject, Criterion criterion, EvidenceFile file, LocalDate on)
    {
        var status = Decide(criterion, file, on, out var proof, out var unmet);
        return new CriterionJudgement(subject, criterion, on, status, proof, status == CriterionStatus.Unmet && proof is null ? unmet : null);
    }

    private static CriterionStatus Decide(Criterion criterion, EvidenceFile file, LocalDate on, out Evidence? proof, out EvidenceFile.UnmetFinding? unmet)
    {
        unmet = file.LatestUnmet(criterion.Code, on);
        proof = file.LatestProof(criterion.Code, on, unmet?.On);
        if (proof is not null)
        {
            return criterion.ExpiresOn(proof.On) is { } expires && expires <= on ? CriterionStatus.Unmet : CriterionStatus.Met;
        }

        return unmet is not null ? CriterionStatus.Unmet : CriterionStatus.NoEvidence;
    }
}
