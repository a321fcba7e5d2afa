using System.Globalization;
using Congress.Domain.Interchange;

namespace Congress.Cli;

/// <summary>
/// Where a verb's dataset comes from: a file given with <c>--dataset</c>, or the embedded Baoding dataset. An unusable
/// file is reported as at most three lines naming the place, with exit code 2.
/// </summary>
internal static class DatasetSource
{
    /// <summary>The most problems shown before "and N more".</summary>
    private const int ShownProblems = 2;

    /// <summary>Loads the dataset at <paramref name="path"/>, or the embedded Baoding dataset when it is null.</summary>
    /// <exception cref="CliInputException">The file cannot be read or is not a usable dataset.</exception>
    public static DatasetDto Load(string? path, TextWriter error, bool showProgress)
    {
        if (path is null)
        {
            return BaodingDataset.Load();
        }

        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: cannot be read: {ex.Message}");
        }

        DatasetReadResult result;
        using (stream)
        {
            var options = new DatasetReaderOptions { Progress = showProgress ? new TerminalProgress(error) : null };
            result = DatasetReader.Read(stream, options);
        }

        if (result.Dataset is { } dataset)
        {
            return dataset;
        }

        var shown = result.Problems.Take(ShownProblems).Select(p => $"{path}: {p}");
        var more = result.Problems.Count > ShownProblems
            ? [string.Create(CultureInfo.InvariantCulture, $"{path}: and {result.Problems.Count - ShownProblems} more problems")]
            : Array.Empty<string>();
        throw new CliInputException(string.Join('\n', shown.Concat(more)), multiline: true);
    }

    /// <summary>Writes import progress on one terminal line of standard error.</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<DatasetReadProgress>
    {
        public void Report(DatasetReadProgress value)
        {
            var share = value.Total > 0 ? (100 * value.Done / value.Total).ToString(CultureInfo.InvariantCulture) + "%" : string.Empty;
            error.Write($"\r{value.Stage} {share}    ");
            if (value.Stage == DatasetReadStage.Done)
            {
                error.Write("\r                              \r");
            }
        }
    }
}
