using BenchmarkDotNet.Running;

namespace Congress.Domain.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkSwitcher, so --filter, --job, --exporters and --artifacts work.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks; exits 1 when a benchmark failed to build or run, so CI notices.</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.BuildResult.IsBuildSuccess || !r.Success));
        return failed ? 1 : 0;
    }
}
