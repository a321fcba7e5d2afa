using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Congress.Domain.Divisions;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// A 703,173-division national hierarchy: building it (from shuffled input), then one million ancestor walks and one
/// million "is within" queries. Each against the naive baseline of a Dictionary from code to parent code.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HierarchyBenchmarks
{
    private const int Queries = 1_000_000;
    private Division[] _shuffled = [];
    private DivisionHierarchy _hierarchy = DivisionHierarchy.Empty;
    private Dictionary<DivisionCode, DivisionCode> _parents = [];
    private DivisionCode[] _codes = [];
    private DivisionCode[] _candidates = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20241010);
        _shuffled = [.. SyntheticDivisionGenerator.Generate()];
        random.Shuffle(_shuffled);
        _hierarchy = DivisionHierarchy.Create(_shuffled);
        _parents = NaiveParents();
        _codes = new DivisionCode[Queries];
        _candidates = new DivisionCode[Queries];
        for (var i = 0; i < Queries; i++)
        {
            var code = _shuffled[random.Next(_shuffled.Length)].Code;
            _codes[i] = code;

            // Half the candidates are a true ancestor (or the division itself), half any division.
            var ancestors = _hierarchy.Ancestors(code).Select(a => a.Code).Append(code).ToArray();
            _candidates[i] = random.Next(2) == 0 ? ancestors[random.Next(ancestors.Length)] : _shuffled[random.Next(_shuffled.Length)].Code;
        }

        if (AncestorsNaive() != AncestorsHierarchy() || IsWithinNaive() != IsWithinHierarchy())
        {
            throw new InvalidOperationException("The hierarchy and the naive parent map disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build")]
    public int BuildNaiveParentMap() => NaiveParents().Count;

    [Benchmark]
    [BenchmarkCategory("Build")]
    public int BuildHierarchy() => new DivisionHierarchyBuilder().AddRange(_shuffled).Build().Hierarchy!.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ancestors")]
    public long AncestorsNaive()
    {
        long sum = 0;
        foreach (var code in _codes)
        {
            for (var c = _parents[code]; !c.IsNone; c = _parents[c])
            {
                sum += c.Value;
            }
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Ancestors")]
    public long AncestorsHierarchy()
    {
        long sum = 0;
        foreach (var code in _codes)
        {
            foreach (var a in _hierarchy.Ancestors(code))
            {
                sum += a.Code.Value;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("IsWithin")]
    public int IsWithinNaive()
    {
        var count = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            var target = _candidates[i];
            for (var c = _codes[i]; !c.IsNone; c = _parents[c])
            {
                if (c == target)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    [Benchmark]
    [BenchmarkCategory("IsWithin")]
    public int IsWithinHierarchy()
    {
        var count = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_hierarchy.IsWithin(_codes[i], _candidates[i]))
            {
                count++;
            }
        }

        return count;
    }

    private Dictionary<DivisionCode, DivisionCode> NaiveParents()
    {
        var parents = new Dictionary<DivisionCode, DivisionCode>(_shuffled.Length);
        foreach (var d in _shuffled)
        {
            parents[d.Code] = d.LegalParent;
        }

        return parents;
    }
}
