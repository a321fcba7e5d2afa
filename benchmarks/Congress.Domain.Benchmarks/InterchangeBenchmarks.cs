using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Congress.Domain.Interchange;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// Import and export of synthetic datasets at two sizes ten times apart (10 and 100 districts: 8,000 and 80,000 deputies),
/// against the baseline of a plain JsonSerializer.Deserialize of the same DTO without any check.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class InterchangeBenchmarks
{
    private byte[] _json = [];
    private DatasetDto _dataset = null!;

    [Params(10, 100)]
    public int Districts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dataset = SyntheticDataset.Create(Districts);
        _json = DatasetWriter.ToUtf8(_dataset);
        if (!DatasetReader.Read(_json, null).Succeeded)
        {
            throw new InvalidOperationException("The synthetic dataset does not import.");
        }

        Console.WriteLine($"// {Districts} districts: {_dataset.Deputies.Count} deputies, {_json.Length} bytes of JSON");
    }

    [Benchmark(Baseline = true)]
    public DatasetDto? DeserializeOnly() => JsonSerializer.Deserialize<DatasetDto>(_json, DatasetJson.Options);

    [Benchmark]
    public DatasetReadResult Import() => DatasetReader.Read(_json, null);

    [Benchmark]
    public byte[] Export() => DatasetWriter.ToUtf8(_dataset);
}
