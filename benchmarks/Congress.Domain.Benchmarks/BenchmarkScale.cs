using System.Globalization;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// The size of the heavy benchmarks. CI's smoke run (<c>--job dry</c>) sets <c>CONGRESS_BENCHMARK_SMOKE=1</c> so that
/// every benchmark still builds and runs once, on small inputs; every figure in docs/benchmarks.md is measured without
/// it, at full size. BenchmarkDotNet's child processes inherit the variable.
/// </summary>
public static class BenchmarkScale
{
    /// <summary>Whether this is a smoke run.</summary>
    public static bool Smoke { get; } = Environment.GetEnvironmentVariable("CONGRESS_BENCHMARK_SMOKE") == "1";

    /// <summary><paramref name="full"/>, or <paramref name="smoke"/> in a smoke run.</summary>
    public static int Pick(int full, int smoke) => Smoke ? smoke : full;

    /// <summary>The full size, or a thousandth of it (at least 1) in a smoke run.</summary>
    public static int Scaled(int full) => Smoke ? Math.Max(1, full / 1000) : full;

    /// <summary>A description for logs.</summary>
    public static string Describe() => Smoke ? "smoke (CONGRESS_BENCHMARK_SMOKE=1)" : "full";

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
