using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Congress.Domain.Interchange;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// Import and export at national scale: 3,375 districts, 2.7 million deputies (run it as a monitoring job, see
/// docs/benchmarks.md: each operation takes seconds). Prints the JSON size and the process's peak working set.
/// </summary>
[MemoryDiagnoser]
public class InterchangeNationalBenchmarks
{
    private byte[] _json = [];
    private DatasetDto _dataset = null!;

    [ParamsSource(nameof(DistrictCounts))]
    public int Districts { get; set; }

    /// <summary>3,375 districts (2.7 million deputies); 3 in CI's smoke run.</summary>
    public static IEnumerable<int> DistrictCounts => [BenchmarkScale.Pick(3375, 3)];

    [GlobalSetup]
    public void Setup()
    {
        _dataset = SyntheticDataset.Create(Districts);
        _json = DatasetWriter.ToUtf8(_dataset);
        Console.WriteLine($"// {Districts} districts: {_dataset.Deputies.Count} deputies, {_dataset.Stations.Count} stations, {_dataset.Divisions.Count} divisions, {_json.Length} bytes of JSON");
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB");

    [Benchmark(Baseline = true)]
    public DatasetDto? DeserializeOnly() => System.Text.Json.JsonSerializer.Deserialize<DatasetDto>(_json, DatasetJson.Options);

    [Benchmark]
    public bool Import() => DatasetReader.Read(_json, null).Succeeded;

    [Benchmark]
    public int Export() => DatasetWriter.ToUtf8(_dataset).Length;
}
