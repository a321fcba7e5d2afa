using Congress.Domain.Reporting.Reading;
using Xunit.Abstractions;

namespace Congress.Domain.Reporting.Tests.Reading;

/// <summary>
/// Precision and recall of the reader on the hand-labelled corpus (Corpus/labels.tsv). A found figure is right when a
/// label has the same start, length, value, unit and qualifier. The figures are recorded in docs/reader-accuracy.md:
/// <c>dotnet test tests/Congress.Domain.Reporting.Tests -c Release --filter ReaderAccuracy --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ReaderAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Reader_accuracy_on_the_labelled_corpus_stays_above_its_floor()
    {
        var labels = Corpus.Labels();
        int truePositives = 0, found = 0, measuresRight = 0;
        var lines = new List<string>();
        foreach (var file in Corpus.LabelledFiles())
        {
            var expected = labels.Where(l => l.File == file).ToList();
            var actual = FigureReader.Default.Read(Corpus.Read(file));
            found += actual.Count;
            var tp = 0;
            foreach (var m in actual)
            {
                var label = expected.FirstOrDefault(l => l.Start == m.Start && l.Text.Length == m.Length && l.Quantity == m.Quantity);
                if (label is null)
                {
                    lines.Add($"  false positive {file} @{m.Start}: {m.Text}");
                    continue;
                }

                tp++;
                if (label.MeasureCode == m.Measure?.Code)
                {
                    measuresRight++;
                }
                else
                {
                    lines.Add($"  measure differs {file} @{m.Start}: {m.Text} labelled {label.MeasureCode ?? "-"}, read {m.Measure?.Code ?? "-"}");
                }
            }

            foreach (var l in expected.Where(l => !actual.Any(m => m.Start == l.Start && m.Length == l.Text.Length && m.Quantity == l.Quantity)))
            {
                lines.Add($"  missed {file} @{l.Start}: {l.Text}");
            }

            truePositives += tp;
            output.WriteLine($"{file}: labelled {expected.Count}, found {actual.Count}, right {tp}");
        }

        var precision = (double)truePositives / found;
        var recall = (double)truePositives / labels.Count;
        var measureAccuracy = (double)measuresRight / truePositives;
        output.WriteLine($"total: labelled {labels.Count}, found {found}, right {truePositives}");
        output.WriteLine($"precision {precision:P1}, recall {recall:P1}, measure right on {measureAccuracy:P1} of the right figures");
        lines.ForEach(output.WriteLine);

        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.90, $"recall {recall:P1}");
        Assert.True(measureAccuracy >= 0.95, $"measure accuracy {measureAccuracy:P1}");
    }
}
