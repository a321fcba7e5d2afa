using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Standards;

/// <summary>
/// The evidence file of one home or station (家站台账): every piece of evidence and every inspection, indexed by
/// criterion and date for judging.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="With(Evidence)"/> and <see cref="With(Inspection)"/> return a new file.
/// Equality is by reference.
/// </remarks>
public sealed class EvidenceFile
{
    private static readonly Dictionary<string, Evidence[]> NoEvidence = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, UnmetFinding[]> NoFindings = new(StringComparer.Ordinal);

    private readonly Evidence[] _evidence;
    private readonly Inspection[] _inspections;
    private readonly Dictionary<string, Evidence[]> _byCriterion;
    private readonly Dictionary<string, UnmetFinding[]> _unmet;

    private EvidenceFile(Evidence[] evidence, Inspection[] inspections)
    {
        _evidence = evidence;
        _inspections = inspections;
        if (evidence.Length == 0 && inspections.Length == 0)
        {
            _byCriterion = NoEvidence;
            _unmet = NoFindings;
            return;
        }

        var proofs = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        var unmet = new Dictionary<string, List<UnmetFinding>>(StringComparer.Ordinal);
        foreach (var e in evidence)
        {
            Bucket(proofs, e.CriterionCode).Add(e);
        }

        foreach (var inspection in inspections)
        {
            foreach (var finding in inspection.Findings)
            {
                if (finding.Met)
                {
                    Bucket(proofs, finding.CriterionCode).Add(new Evidence(finding.CriterionCode, inspection.On, "检查确认达标", inspection.By, inspection.Reference, finding.Note));
                }
                else
                {
                    Bucket(unmet, finding.CriterionCode).Add(new UnmetFinding(finding.CriterionCode, inspection.On, inspection, finding));
                }
            }
        }

        _byCriterion = new Dictionary<string, Evidence[]>(proofs.Count, StringComparer.Ordinal);
        foreach (var (code, list) in proofs)
        {
            _byCriterion[code] = SortedByDate(list, e => e.On);
        }

        _unmet = unmet.Count == 0 ? NoFindings : new Dictionary<string, UnmetFinding[]>(unmet.Count, StringComparer.Ordinal);
        foreach (var (code, list) in unmet)
        {
            _unmet[code] = SortedByDate(list, f => f.On);
        }
    }

    /// <summary>The empty file.</summary>
    public static EvidenceFile Empty { get; } = new([], []);

    /// <summary>Every piece of evidence added, in the order added (inspection findings are not repeated here).</summary>
    public IReadOnlyList<Evidence> Evidence => _evidence;

    /// <summary>Every inspection added, in the order added.</summary>
    public IReadOnlyList<Inspection> Inspections => _inspections;

    /// <summary>Builds a file from evidence and inspections.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="inspections">The inspections; none when <see langword="null"/>.</param>
    /// <returns>The file.</returns>
    public static EvidenceFile Of(IEnumerable<Evidence> evidence, IEnumerable<Inspection>? inspections = null)
    {
        Guard.Against.Null(evidence);
        var e = evidence.ToArray();
        var i = inspections?.ToArray() ?? [];
        Guard.Against.InvalidInput(e, nameof(evidence), l => l.All(x => x is not null), "No evidence is null.");
        Guard.Against.InvalidInput(i, nameof(inspections), l => l.All(x => x is not null), "No inspection is null.");
        return new EvidenceFile(e, i);
    }

    /// <summary>A copy with one more piece of evidence.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The new file.</returns>
    public EvidenceFile With(Evidence evidence)
    {
        Guard.Against.Null(evidence);
        return new EvidenceFile([.. _evidence, evidence], _inspections);
    }

    /// <summary>A copy with one more inspection.</summary>
    /// <param name="inspection">The inspection.</param>
    /// <returns>The new file.</returns>
    public EvidenceFile With(Inspection inspection)
    {
        Guard.Against.Null(inspection);
        return new EvidenceFile(_evidence, [.. _inspections, inspection]);
    }

    /// <summary>The latest evidence for a criterion dated on or before <paramref name="on"/> and after <paramref name="after"/>.</summary>
    internal Evidence? LatestProof(string criterionCode, LocalDate on, LocalDate? after)
    {
        if (!_byCriterion.TryGetValue(criterionCode, out var list))
        {
            return null;
        }

        for (var i = list.Length - 1; i >= 0; i--)
        {
            var e = list[i];
            if (e.On > on)
            {
                continue;
            }

            return after is { } a && e.On <= a ? null : e;
        }

        return null;
    }

    /// <summary>The latest finding that a criterion is unmet, dated on or before <paramref name="on"/>.</summary>
    internal UnmetFinding? LatestUnmet(string criterionCode, LocalDate on)
    {
        if (!_unmet.TryGetValue(criterionCode, out var list))
        {
            return null;
        }

        for (var i = list.Length - 1; i >= 0; i--)
        {
            if (list[i].On <= on)
            {
                return list[i];
            }
        }

        return null;
    }

    private static List<T> Bucket<T>(Dictionary<string, List<T>> buckets, string code)
    {
        if (!buckets.TryGetValue(code, out var list))
        {
            list = new List<T>(2);
            buckets[code] = list;
        }

        return list;
    }

    // A stable sort by date: items of one date keep the order they were added in.
    private static T[] SortedByDate<T>(List<T> list, Func<T, LocalDate> date)
    {
        var items = list.ToArray();
        if (items.Length > 16)
        {
            return [.. items.OrderBy(date)];
        }

        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && date(items[j]) > date(item))
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }

        return items;
    }

    internal sealed record UnmetFinding(string CriterionCode, LocalDate On, Inspection Inspection, InspectionFinding Finding);
}
