using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Congress.Domain.Reporting.Reading;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// The figure reader against a named baseline, <see cref="SinglePassRegex"/>: one compiled regular expression pass that
/// finds number + measure word (no qualifier words, no exclusions, no measures). The text is the Baoding seed
/// repeated to about 1 MB (UTF-16 characters × 2 bytes); MB/s = <see cref="TextMegabytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class ReaderBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The size of the text in MB (10^6 bytes of UTF-8), for turning times into throughput.</summary>
    public double TextMegabytes => Encoding.UTF8.GetByteCount(_text) / 1_000_000d;

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(FindSeed());
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < 1_000_000)
        {
            text.Append(seed).Append('\n');
        }

        _text = text.ToString();
        Console.WriteLine($"// ReaderBenchmarks text: {TextMegabytes:F3} MB UTF-8, {_text.Length} characters");
    }

    // The test corpus copy of the seed, found by walking up from the benchmark's output folder to the repository.
    private static string FindSeed()
    {
        const string relative = "tests/Congress.Domain.Reporting.Tests/Corpus/baoding-district-reports.zh.txt";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The seed text was not found above " + AppContext.BaseDirectory, relative);
    }

    [Benchmark(Baseline = true)]
    public int SinglePassRegex()
    {
        var count = 0;
        foreach (var _ in NumberAndUnit().EnumerateMatches(_text))
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public int FigureReader() => Congress.Domain.Reporting.Reading.FigureReader.Default.Read(_text).Count;

    [GeneratedRegex(@"[0-9０-９]+(?:\.[0-9]+)?[万亿]?[余多]?(?:人次|场次|次|条|件|个|名|人|户|份|张|处|家|元|%|项)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndUnit();
}
