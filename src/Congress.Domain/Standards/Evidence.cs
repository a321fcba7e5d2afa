using Ardalis.GuardClauses;
using NodaTime;
using Congress.Domain.Stations;

namespace Congress.Domain.Standards;

/// <summary>
/// A dated piece of evidence that a home or station meets one criterion (佐证材料): what it is, who provided it, a
/// document or photo reference, and a note.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Evidence
{
    /// <summary>Creates a piece of evidence.</summary>
    /// <param name="criterionCode">The code of the criterion it proves.</param>
    /// <param name="on">The date it was produced or checked.</param>
    /// <param name="what">What it is (门牌照片).</param>
    /// <param name="by">Who provided it (a person or an office).</param>
    /// <param name="reference">The document number, file name or photo reference.</param>
    /// <param name="note">An optional note.</param>
    public Evidence(string criterionCode, LocalDate on, string what, string by, string reference, string? note = null)
    {
        Guard.Against.NullOrWhiteSpace(criterionCode);
        Guard.Against.NullOrWhiteSpace(what);
        Guard.Against.NullOrWhiteSpace(by);
        Guard.Against.NullOrWhiteSpace(reference);
        CriterionCode = criterionCode;
        On = on;
        What = what;
        By = by;
        Reference = reference;
        Note = note;
    }

    /// <summary>The code of the criterion it proves.</summary>
    public string CriterionCode { get; }

    /// <summary>The date it was produced or checked.</summary>
    public LocalDate On { get; }

    /// <summary>What it is.</summary>
    public string What { get; }

    /// <summary>Who provided it.</summary>
    public string By { get; }

    /// <summary>The document or photo reference.</summary>
    public string Reference { get; }

    /// <summary>An optional note.</summary>
    public string? Note { get; }
}

/// <summary>What an inspector found about one criterion (检查结论).</summary>
/// <param name="CriterionCode">The criterion.</param>
/// <param name="Met">Whether it was found met.</param>
/// <param name="Note">What was seen.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record InspectionFinding(string CriterionCode, bool Met, string Note);

/// <summary>
/// An inspection of a home or station (检查验收) on a date by an inspector, with findings per criterion. A finding that
/// a criterion is met is evidence for it; a finding that it is not met voids the evidence dated before the inspection.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class Inspection
{
    /// <summary>Creates an inspection.</summary>
    /// <param name="on">The date.</param>
    /// <param name="by">The inspector or inspecting office.</param>
    /// <param name="reference">The inspection record's reference.</param>
    /// <param name="findings">The findings, at most one per criterion.</param>
    public Inspection(LocalDate on, string by, string reference, IEnumerable<InspectionFinding> findings)
    {
        Guard.Against.NullOrWhiteSpace(by);
        Guard.Against.NullOrWhiteSpace(reference);
        Guard.Against.Null(findings);
        var list = findings.ToArray();
        Guard.Against.InvalidInput(list, nameof(findings), l => l.All(f => f is not null && !string.IsNullOrWhiteSpace(f.CriterionCode) && f.Note is not null), "Every finding names its criterion and carries a note.");
        Guard.Against.InvalidInput(list, nameof(findings), l => Keys.AreUnique(l, f => f.CriterionCode), "An inspection has at most one finding per criterion.");
        On = on;
        By = by;
        Reference = reference;
        Findings = list;
    }

    /// <summary>The date.</summary>
    public LocalDate On { get; }

    /// <summary>The inspector or inspecting office.</summary>
    public string By { get; }

    /// <summary>The inspection record's reference.</summary>
    public string Reference { get; }

    /// <summary>The findings.</summary>
    public IReadOnlyList<InspectionFinding> Findings { get; }
}
