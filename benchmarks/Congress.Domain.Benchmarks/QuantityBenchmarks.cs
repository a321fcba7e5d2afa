using BenchmarkDotNet.Attributes;
using Congress.Domain.Figures;

namespace Congress.Domain.Benchmarks;

/// <summary>Summing honest figures against summing bare decimals (the baseline): what the qualifier costs.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuantityBenchmarks
{
    private decimal[] _values = [];
    private Quantity[] _quantities = [];

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20241010);
        _values = new decimal[Count];
        _quantities = new Quantity[Count];
        for (var i = 0; i < Count; i++)
        {
            _values[i] = random.Next(0, 1000);
            _quantities[i] = new Quantity(_values[i], Unit.PersonVisits, random.Next(10) == 0 ? Qualifier.MoreThan : Qualifier.Exact);
        }
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalSum()
    {
        var sum = 0m;
        foreach (var v in _values)
        {
            sum += v;
        }

        return sum;
    }

    [Benchmark]
    public decimal QuantitySum()
    {
        var sum = Quantity.Zero(Unit.PersonVisits);
        foreach (var q in _quantities)
        {
            sum += q;
        }

        return sum.Value;
    }
}
