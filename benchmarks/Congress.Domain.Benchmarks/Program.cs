using BenchmarkDotNet.Running;

namespace Congress.Domain.Benchmarks;

/// <summary>Runs the benchmarks through BenchmarkSwitcher, so --filter, --job, --exporters and --artifacts work.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
