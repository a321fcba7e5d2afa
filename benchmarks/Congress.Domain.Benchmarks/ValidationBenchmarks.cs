using BenchmarkDotNet.Attributes;
using Congress.Domain.Interchange;
using Congress.Domain.Interchange.Domain;
using NodaTime;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// Validating a whole dataset (DatasetRules.Validate: mapping onto the domain and every rule on a date) at two sizes
/// ten times apart (10 and 100 districts: 8,000 and 80,000 deputies), against the baseline of importing the same
/// dataset (DatasetReader.Read), so the cost of validation is read as a multiple of the cost of reading.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    private static readonly LocalDate AsOf = new(2024, 9, 30);
    private byte[] _json = [];
    private DatasetDto _dataset = null!;

    [ParamsSource(nameof(Sizes))]
    public int Districts { get; set; }

    /// <summary>10 and 100 districts; 1 and 2 in CI's smoke run.</summary>
    public static IEnumerable<int> Sizes => [BenchmarkScale.Pick(10, 1), BenchmarkScale.Pick(100, 2)];

    [GlobalSetup]
    public void Setup()
    {
        _dataset = SyntheticDataset.Create(Districts);
        _json = DatasetWriter.ToUtf8(_dataset);
        Console.WriteLine($"// {Districts} districts: {_dataset.Deputies.Count} deputies, {_dataset.Stations.Count} stations, {_json.Length} bytes of JSON");
    }

    [Benchmark(Baseline = true)]
    public DatasetReadResult Import() => DatasetReader.Read(_json, null);

    [Benchmark]
    public DatasetValidation Validate() => DatasetRules.Validate(_dataset, AsOf);
}
