using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Congress.Cli.Reports;
using Congress.Domain.Interchange;
using Congress.Domain.Interchange.Domain;
using Congress.Domain.Reporting.Writing;
using NodaTime;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// The main job's three steps on China-sized synthetic datasets (<see cref="SyntheticShape.National"/>): 3,375
/// districts (2.7 million deputies, 219,375 homes and stations, 40,500 township-level units, 705,782 divisions, 1.6 GB
/// of JSON) and a tenth of that (338 districts), so that growth can be read off: import (DatasetReader.Read), validate
/// (DatasetRules.Validate: mapping onto the domain and every rule) and report (the tool's report, built and written
/// as text). The baseline is System.Text.Json's own deserialisation of the same bytes. Run it as a monitoring job
/// (see docs/benchmarks.md): each operation takes seconds.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class NationalScaleBenchmarks
{
    private static readonly LocalDate AsOf = new(2024, 9, 30);
    private byte[] _json = [];
    private DatasetDto _dataset = null!;

    [ParamsSource(nameof(DistrictCounts))]
    public int Districts { get; set; }

    /// <summary>338 and 3,375 districts (a tenth of the country, and the country); 1 and 2 in CI's smoke run.</summary>
    public static IEnumerable<int> DistrictCounts => [BenchmarkScale.Pick(338, 1), BenchmarkScale.Pick(3375, 2)];

    [GlobalSetup]
    public void Setup()
    {
        _dataset = SyntheticDataset.Create(Districts, shape: SyntheticShape.National);
        _json = DatasetWriter.ToUtf8(_dataset);
        Console.WriteLine($"// {Districts} districts: {_dataset.Deputies.Count} deputies, {_dataset.Stations.Count} homes and stations, {_dataset.Divisions.Count} divisions, {_json.Length} bytes of JSON");
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set of this process (setup's dataset and JSON included): {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB");

    [Benchmark(Baseline = true)]
    public DatasetDto? DeserializeOnly() => System.Text.Json.JsonSerializer.Deserialize<DatasetDto>(_json, DatasetJson.Options);

    [Benchmark]
    public bool Import() => DatasetReader.Read(_json, null).Succeeded;

    [Benchmark]
    public int Validate() => DatasetRules.Validate(_dataset, AsOf).Violations.Count;

    [Benchmark]
    public int Report() => DatasetReportWriter.Text(DatasetReport.Build(_dataset, AsOf), ReportWriter.Default).Length;
}
