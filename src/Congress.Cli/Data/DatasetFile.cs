using Congress.Domain.Interchange;

namespace Congress.Cli.Data;

/// <summary>
/// Opens the dataset a verb works on: a file named by <c>--dataset</c>, or the embedded Baoding dataset. Problems of an
/// unusable file are written as at most three lines naming the place; progress goes to standard error on a terminal only.
/// </summary>
internal static class DatasetFile
{
    /// <summary>How many lines an unusable input is described in, at most.</summary>
    public const int MaxProblemLines = 3;

    /// <summary>Reads the dataset, or writes why it is unusable and returns null.</summary>
    /// <param name="path">The file, or null for the embedded Baoding dataset.</param>
    /// <param name="error">Where problems (and, on a terminal, progress) go.</param>
    /// <returns>The dataset, or null when it is unusable (exit 2).</returns>
    public static DatasetDto? Read(string? path, TextWriter error)
    {
        var options = new DatasetReaderOptions { Progress = ShowsProgress ? new TerminalProgress(error) : null };
        DatasetReadResult result;
        var name = path ?? "baoding (embedded)";
        if (path is null)
        {
            using var embedded = BaodingDataset.Open();
            result = DatasetReader.Read(embedded, options);
        }
        else
        {
            if (Directory.Exists(path))
            {
                throw new CliInputException($"--dataset: '{path}' is a directory, not a dataset file");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            result = DatasetReader.Read(stream, options);
        }

        if (result.Dataset is { } dataset)
        {
            return dataset;
        }

        foreach (var line in ProblemLines(name, result.Problems))
        {
            error.WriteLine(line);
        }

        return null;
    }

    /// <summary>Whether progress is shown: standard error is a terminal.</summary>
    public static bool ShowsProgress => !Console.IsErrorRedirected;

    /// <summary>At most <see cref="MaxProblemLines"/> lines: the first problems, then how many more there are.</summary>
    /// <param name="name">What was read.</param>
    /// <param name="problems">Its problems.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> ProblemLines(string name, IReadOnlyList<DatasetProblem> problems)
    {
        var count = problems.Count;
        var listed = count <= MaxProblemLines ? count : MaxProblemLines - 1;
        var lines = problems.Take(listed).Select(p => $"congress: {name}: {OneLine(p.ToString())}").ToList();
        if (count > listed)
        {
            lines.Add($"congress: {name}: … and {count - listed} more problems");
        }

        if (lines.Count == 0)
        {
            lines.Add($"congress: {name}: the dataset is unusable");
        }

        return lines;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Writes the import stages on one terminal line, synchronously (no thread hop, nothing left behind).</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<DatasetReadProgress>
    {
        public void Report(DatasetReadProgress value)
        {
            var text = value.Stage switch
            {
                DatasetReadStage.Reading => $"reading {value.Done / (1024.0 * 1024.0):0.0} MiB" + (value.Total > 0 ? $" of {value.Total / (1024.0 * 1024.0):0.0} MiB" : string.Empty),
                DatasetReadStage.Parsing => "parsing",
                DatasetReadStage.Checking => $"checking {value.Done}/{value.Total}",
                _ => string.Empty,
            };
            error.Write(value.Stage == DatasetReadStage.Done ? "\r\u001b[K" : $"\r\u001b[Kcongress: {text}");
            error.Flush();
        }
    }
}
