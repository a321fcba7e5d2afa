namespace Congress.Domain.Interchange;

/// <summary>
/// One problem found while importing a dataset (导入问题): what is wrong and where, as a JSON path and a line and column.
/// </summary>
/// <param name="Code">A stable code: <c>size</c>, <c>empty</c>, <c>encoding</c>, <c>syntax</c>, <c>depth</c>, <c>root</c>,
/// <c>type</c>, <c>version</c>, <c>missing</c>, <c>division</c>, <c>reference</c>, <c>duplicate</c>, <c>value</c>, <c>truncated</c>.</param>
/// <param name="Path">The JSON path of the place (<c>$.stations[3].division</c>); <c>$</c> for the whole document.</param>
/// <param name="Line">The 1-based line, or 0 when the place has no position (an empty file).</param>
/// <param name="Column">The 1-based column, counted in UTF-8 bytes, or 0 when unknown.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record DatasetProblem(string Code, string Path, long Line, long Column, string Message)
{
    /// <summary>The problem as one line: <c>$.stations[3].division (line 12, column 20): message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        Line > 0 ? $"{Path} (line {Line}, column {Column}): {Message}" : $"{Path}: {Message}";
}

/// <summary>The outcome of an import: the dataset, or every problem found and no dataset (全有或全无).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DatasetReadResult
{
    internal DatasetReadResult(DatasetDto? dataset, IReadOnlyList<DatasetProblem> problems)
    {
        Dataset = problems.Count == 0 ? dataset : null;
        Problems = problems;
    }

    /// <summary>The dataset when there was no problem; otherwise null, because nothing is imported in part.</summary>
    public DatasetDto? Dataset { get; }

    /// <summary>Every problem found, in document order where positions are known.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    /// <summary>Whether the import succeeded.</summary>
    public bool Succeeded => Dataset is not null;
}

/// <summary>Progress of an import, reported through <see cref="IProgress{T}"/> (导入进度).</summary>
/// <param name="Stage">What is being done.</param>
/// <param name="Done">How much of it is done (bytes while reading, items while checking).</param>
/// <param name="Total">How much there is, or -1 when unknown.</param>
public readonly record struct DatasetReadProgress(DatasetReadStage Stage, long Done, long Total);

/// <summary>The stages of an import.</summary>
public enum DatasetReadStage
{
    /// <summary>Reading bytes from the stream.</summary>
    Reading,

    /// <summary>Parsing the JSON into records.</summary>
    Parsing,

    /// <summary>Checking references and codes.</summary>
    Checking,

    /// <summary>Done.</summary>
    Done,
}

/// <summary>Limits and callbacks of <see cref="DatasetReader"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DatasetReaderOptions
{
    /// <summary>
    /// The default size limit: 2,147,483,591 bytes (2 GiB less 57), the most one buffer holds; a national dataset of
    /// 2.7 million deputies is about 1.3 GB.
    /// </summary>
    public const long DefaultMaxBytes = 2_147_483_591;

    /// <summary>The default number of problems reported before the import stops looking.</summary>
    public const int DefaultMaxProblems = 1000;

    /// <summary>The largest input accepted, in bytes; a larger one is refused with a <c>size</c> problem before it is parsed.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>How many problems are reported at most; the last one then says how many more there were.</summary>
    public int MaxProblems { get; init; } = DefaultMaxProblems;

    /// <summary>Where progress goes, or null.</summary>
    public IProgress<DatasetReadProgress>? Progress { get; init; }
}
