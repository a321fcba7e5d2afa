using System.Globalization;
using BenchmarkDotNet.Running;
using Congress.Domain.Interchange;

namespace Congress.Domain.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkSwitcher, so --filter, --job, --exporters and --artifacts work.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks; exits 1 when a benchmark failed to build or run, so CI notices. <c>synthetic DISTRICTS PATH
    /// [small|national]</c> instead writes a synthetic dataset file, for timing the tool itself (docs/benchmarks.md).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args is ["synthetic", var count, var path, ..])
        {
            return WriteSynthetic(count, path, args.Length > 3 ? args[3] : "national");
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.BuildResult.IsBuildSuccess || !r.Success));
        return failed ? 1 : 0;
    }

    private static int WriteSynthetic(string count, string path, string shapeName)
    {
        SyntheticShape? shape = shapeName switch
        {
            "national" => SyntheticShape.National,
            "small" => SyntheticShape.Small,
            _ => null,
        };
        if (shape is null)
        {
            Console.Error.WriteLine($"synthetic: the shape must be small or national, not '{shapeName}'");
            return 2;
        }

        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var districts) || districts < 1 || districts > shape.Value.MaxDistricts)
        {
            Console.Error.WriteLine($"synthetic: DISTRICTS must be a whole number from 1 to {shape.Value.MaxDistricts}, not '{count}'");
            return 2;
        }

        var dataset = SyntheticDataset.Create(districts, shape: shape);
        using (var file = File.Create(path))
        {
            DatasetWriter.Write(dataset, file);
        }

        Console.WriteLine($"{path}: {districts} districts, {dataset.Divisions.Count} divisions, {dataset.Deputies.Count} deputies, {dataset.Stations.Count} homes and stations, {new FileInfo(path).Length} bytes");
        return 0;
    }
}
