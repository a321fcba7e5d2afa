using System.Globalization;
using Congress.Domain.Figures;

namespace Congress.Domain.Reporting.Tests;

/// <summary>The test corpus copied next to the tests (Corpus/README.md names the sources).</summary>
internal static class Corpus
{
    public const string SeedFile = "baoding-district-reports.zh.txt";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    public static string Seed => Read(SeedFile);

    /// <summary>The hand-labelled figures of labels.tsv, each located in its file (the n-th label text after the previous label).</summary>
    public static IReadOnlyList<LabelledFigure> Labels()
    {
        var labels = new List<LabelledFigure>();
        var cursor = new Dictionary<string, int>();
        foreach (var line in File.ReadLines(Path.Combine(Directory, "labels.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            var text = Read(f[0]);
            var from = cursor.GetValueOrDefault(f[0]);
            var start = text.IndexOf(f[1], from, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"Label '{f[1]}' not found in {f[0]} after offset {from}.");
            }

            cursor[f[0]] = start + f[1].Length;
            var qualifier = f[4] switch
            {
                "exact" => Qualifier.Exact,
                "moreThan" => Qualifier.MoreThan,
                "atLeast" => Qualifier.AtLeast,
                "about" => Qualifier.About,
                "nearly" => Qualifier.Nearly,
                _ => throw new InvalidOperationException($"Unknown qualifier {f[4]}"),
            };
            labels.Add(new LabelledFigure(
                f[0],
                new Quantity(decimal.Parse(f[2], CultureInfo.InvariantCulture), new Unit(f[3]), qualifier),
                f[5] == "-" ? null : f[5],
                f[1],
                start));
        }

        return labels;
    }

    public static IEnumerable<string> LabelledFiles() => Labels().Select(l => l.File).Distinct();
}

internal sealed record LabelledFigure(string File, Quantity Quantity, string? MeasureCode, string Text, int Start);
