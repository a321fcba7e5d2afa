using BenchmarkDotNet.Attributes;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// Judging 220,000 homes and stations against "五有" and computing the coverage of 40,000 townships (400 districts of
/// 100), against a naive LINQ implementation of the same rules over flat lists (the baseline of each category).
/// GlobalSetup checks that both give the same answers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ComplianceBenchmarks
{
    private const int Stations = 220_000;
    private const int Districts = 400;
    private const int TownshipsPerDistrict = 100;
    private static readonly LocalDate On = new(2024, 9, 30);
    private static readonly LocalDate Origin = new(2020, 1, 1);

    private readonly StandardsProfile _profile = StandardsProfiles.ManchengFiveHaves.With(
        new Criterion("activities", "有活动", "activities", "近一年的活动记录", "records of the past year", Period.FromYears(1)));

    private (List<Evidence> Evidence, List<Inspection> Inspections)[] _raw = [];
    private EvidenceFile[] _files = [];
    private CountyCase[] _counties = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20241010);
        var codes = _profile.Criteria.Select(c => c.Code).ToArray();
        _raw = new (List<Evidence>, List<Inspection>)[Stations];
        _files = new EvidenceFile[Stations];
        for (var s = 0; s < Stations; s++)
        {
            var evidence = new List<Evidence>();
            foreach (var code in codes)
            {
                var n = random.Next(0, 4); // 0 pieces a quarter of the time
                for (var k = 0; k < n; k++)
                {
                    evidence.Add(new Evidence(code, Origin.PlusDays(random.Next(0, 1800)), "照片", "办公室", "ref"));
                }
            }

            var inspections = new List<Inspection>();
            if (random.Next(20) == 0)
            {
                inspections.Add(new Inspection(Origin.PlusDays(random.Next(0, 1800)), "检查组", "insp", [new InspectionFinding(codes[1 + random.Next(codes.Length - 1)], false, "未达标"), new InspectionFinding(codes[0], true, "达标")]));
            }

            _raw[s] = (evidence, inspections);
            _files[s] = EvidenceFile.Of(evidence, inspections);
        }

        _counties = Enumerable.Range(0, Districts).Select(i => CountyCase.Build(i, random)).ToArray();

        if (LinqJudge() != LibraryJudge())
        {
            throw new InvalidOperationException("The baseline and the library judge differently.");
        }

        if (LinqJudge() != LibraryIsCompliant() || LinqJudge() != LibraryIndexAndJudge())
        {
            throw new InvalidOperationException("The baseline and the library's quick check judge differently.");
        }

        if (LinqCoverage() != LibraryCoverage())
        {
            throw new InvalidOperationException("The baseline and the library compute different coverage.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Judge220k")]
    public int LinqJudge()
    {
        var compliant = 0;
        foreach (var (evidence, inspections) in _raw)
        {
            var proofs = evidence.Concat(inspections.SelectMany(i => i.Findings.Where(f => f.Met).Select(f => new Evidence(f.CriterionCode, i.On, "检查确认达标", i.By, i.Reference, f.Note))));
            var all = _profile.Criteria.All(c =>
            {
                var unmet = inspections.Where(i => i.On <= On && i.Findings.Any(f => !f.Met && f.CriterionCode == c.Code)).Select(i => (LocalDate?)i.On).Max();
                var proof = proofs.Where(e => e.CriterionCode == c.Code && e.On <= On && (unmet is null || e.On > unmet)).OrderByDescending(e => e.On).FirstOrDefault();
                return proof is not null && (c.ExpiresOn(proof.On) is not { } expires || expires > On);
            });
            compliant += all ? 1 : 0;
        }

        return compliant;
    }

    [Benchmark]
    [BenchmarkCategory("Judge220k")]
    public int LibraryJudge()
    {
        var compliant = 0;
        for (var i = 0; i < _files.Length; i++)
        {
            compliant += ComplianceJudge.Judge("站", _profile, _files[i], On).IsCompliant ? 1 : 0;
        }

        return compliant;
    }

    [Benchmark]
    [BenchmarkCategory("Judge220k")]
    public int LibraryIsCompliant()
    {
        var compliant = 0;
        for (var i = 0; i < _files.Length; i++)
        {
            compliant += ComplianceJudge.IsCompliant(_profile, _files[i], On) ? 1 : 0;
        }

        return compliant;
    }

    [Benchmark]
    [BenchmarkCategory("Judge220k")]
    public int LibraryIndexAndJudge()
    {
        var compliant = 0;
        foreach (var (evidence, inspections) in _raw)
        {
            compliant += ComplianceJudge.Judge("站", _profile, EvidenceFile.Of(evidence, inspections), On).IsCompliant ? 1 : 0;
        }

        return compliant;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Coverage40k")]
    public long LinqCoverage()
    {
        long checksum = 0;
        foreach (var c in _counties)
        {
            var covered = c.Townships.Count(t => c.Points.Any(p => p.Kind == LiaisonPointKind.Home && p.IsInUseOn(On) && p.ServedDivision.IsWithinByDigits(t)));
            var byLevel = c.Deputies.GroupBy(d => d.Level).Select(g => (g.Key, Assigned: g.Count(d => c.Assignments.Any(a => a.Deputy == d.Deputy && a.IsActiveOn(On) && c.Points.Any(p => p.Id == a.PointId && p.IsInUseOn(On)))), Total: g.Count())).ToList();
            var gaps = (c.Townships.Length - covered) + byLevel.Sum(l => l.Total - l.Assigned);
            checksum += (covered * 1_000_000L) + (byLevel.Sum(l => l.Assigned) * 1_000L) + gaps;
        }

        return checksum;
    }

    [Benchmark]
    [BenchmarkCategory("Coverage40k")]
    public long LibraryCoverage()
    {
        long checksum = 0;
        foreach (var c in _counties)
        {
            var coverage = DistrictCoverage.Compute(c.County, c.Townships, c.Points, c.Deputies, c.Register, On);
            checksum += (coverage.Townships.Covered * 1_000_000L) + (coverage.Levels.Sum(l => l.Share.Covered) * 1_000L) + coverage.Gaps.Count;
        }

        return checksum;
    }

    private sealed record CountyCase(DivisionCode County, DivisionCode[] Townships, LiaisonPoint[] Points, LiaisonDeputy[] Deputies, AssignmentRegister Register, DeputyAssignment[] Assignments)
    {
        public static CountyCase Build(int index, Random random)
        {
            var county = DivisionCode.Parse($"13{1 + (index / 20):D2}{1 + (index % 20):D2}");
            var townships = Enumerable.Range(0, TownshipsPerDistrict).Select(t => DivisionCode.Parse($"{county}{100 + t:D3}")).ToArray();
            var points = new List<LiaisonPoint>();
            foreach (var t in townships)
            {
                if (random.Next(20) != 0)
                {
                    points.Add(new LiaisonPoint($"{t}-h", "代表之家", LiaisonPointKind.Home, Sponsor.TownshipRun, t, null, new StageChange(LifeCycleStage.Operational, Origin.PlusDays(random.Next(0, 1800)))));
                }

                if (random.Next(2) == 0)
                {
                    points.Add(new LiaisonPoint($"{t}-s", "代表联络站", LiaisonPointKind.Station, Sponsor.Village, DivisionCode.Parse($"{t}201"), null, new StageChange(LifeCycleStage.Operational, Origin.PlusDays(random.Next(0, 1800)))));
                }
            }

            var deputies = new List<LiaisonDeputy>();
            var register = AssignmentRegister.Empty;
            for (var d = 0; d < 250; d++)
            {
                var township = townships[random.Next(townships.Length)];
                var deputy = d < 200 ? new LiaisonDeputy(new DeputyId($"{county}-{d}"), CongressLevel.Township, township) : new LiaisonDeputy(new DeputyId($"{county}-{d}"), CongressLevel.County, county);
                deputies.Add(deputy);
                if (random.Next(10) != 0)
                {
                    var candidates = points.Where(p => p.ServedDivision.IsWithinByDigits(deputy.CongressArea)).ToArray();
                    if (candidates.Length > 0)
                    {
                        var point = candidates[random.Next(candidates.Length)];
                        register = register.Assign(deputy, point, point.Stages[0].On).Value;
                    }
                }
            }

            var assignments = deputies.SelectMany(d => register.History(d.Deputy)).ToArray();
            return new CountyCase(county, townships, [.. points], [.. deputies], register, assignments);
        }
    }
}
