using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Ardalis.GuardClauses;

namespace Congress.Domain.Interchange;

/// <summary>
/// Imports a dataset in the interchange format (导入数据集): everything or nothing. On failure the result carries
/// every problem found, each with its JSON path, line and column, and no dataset.
/// </summary>
/// <remarks>
/// Bad input never throws: an empty file, invalid UTF-8, text that is not JSON, truncated JSON, nesting deeper than
/// <see cref="DatasetJson.MaxDepth"/>, a root that is not an object, values of the wrong type, unknown properties, an
/// unknown <c>formatVersion</c>, division codes that do not parse or do not exist, dangling references and duplicate keys
/// all become problems. Syntax errors stop the parse, so there is at most one of them; type errors are collected one per
/// item of each top-level list; semantic problems are all collected. Input larger than
/// <see cref="DatasetReaderOptions.MaxBytes"/> is refused before it is parsed. Only an exception of the stream itself
/// (an <see cref="IOException"/>) propagates. Thread-safe: the reader has no state.
/// </remarks>
public static class DatasetReader
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.Ordinal)
    {
        ["divisions"] = typeof(DivisionDto),
        ["congresses"] = typeof(CongressDto),
        ["deputies"] = typeof(DeputyDto),
        ["stations"] = typeof(StationDto),
        ["profiles"] = typeof(ProfileDto),
        ["adoptions"] = typeof(AdoptionDto),
        ["evidence"] = typeof(EvidenceDto),
        ["assignments"] = typeof(AssignmentDto),
        ["campaigns"] = typeof(CampaignDto),
        ["activities"] = typeof(ActivityDto),
        ["suggestions"] = typeof(SuggestionDto),
    };

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, to its end, with the default options.</summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="IOException">The stream itself failed.</exception>
    public static DatasetReadResult Read(Stream stream) => Read(stream, null);

    /// <summary>Reads a dataset from JSON text with the default options.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The dataset, or every problem found.</returns>
    public static DatasetReadResult Read(string json) => Read(json, null);

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="options">Limits and progress; the defaults when null.</param>
    /// <returns>The dataset, or every problem found.</returns>
    /// <exception cref="IOException">The stream itself failed.</exception>
    public static DatasetReadResult Read(Stream stream, DatasetReaderOptions? options)
    {
        Guard.Against.Null(stream);
        options ??= new DatasetReaderOptions();
        var bytes = ReadAll(stream, options, out var tooLarge);
        return tooLarge is not null ? Fail(tooLarge) : Read(bytes, options);
    }

    /// <summary>Reads a dataset from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and progress; the defaults when null.</param>
    /// <returns>The dataset, or every problem found.</returns>
    public static DatasetReadResult Read(string json, DatasetReaderOptions? options)
    {
        Guard.Against.Null(json);
        options ??= new DatasetReaderOptions();
        if (json.Length > options.MaxBytes)
        {
            return Fail(TooLarge(options, json.Length));
        }

        return Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a dataset from UTF-8 bytes.</summary>
    /// <param name="utf8">The bytes, with or without a byte-order mark.</param>
    /// <param name="options">Limits and progress; the defaults when null.</param>
    /// <returns>The dataset, or every problem found.</returns>
    public static DatasetReadResult Read(ReadOnlyMemory<byte> utf8, DatasetReaderOptions? options)
    {
        options ??= new DatasetReaderOptions();
        if (utf8.Length > options.MaxBytes)
        {
            return Fail(TooLarge(options, utf8.Length));
        }

        var span = utf8.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var result = ReadCore(span, options);
        options.Progress?.Report(new DatasetReadProgress(DatasetReadStage.Done, 1, 1));
        return result;
    }

    private static DatasetReadResult ReadCore(ReadOnlySpan<byte> json, DatasetReaderOptions options)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Fail(new DatasetProblem("empty", "$", 0, 0, "The input is empty: a dataset is a JSON object."));
        }

        if (!Utf8.IsValid(json))
        {
            var at = FirstInvalidUtf8(json);
            var (line, column) = JsonLocator.LineAndColumn(json, at);
            return Fail(new DatasetProblem("encoding", "$", line, column, $"The input is not valid UTF-8 (byte {at})."));
        }

        options.Progress?.Report(new DatasetReadProgress(DatasetReadStage.Parsing, 0, json.Length));
        if (CheckSyntax(json) is { } syntax)
        {
            return Fail(syntax);
        }

        DatasetDto? dataset = null;
        JsonException? whole = null;
        try
        {
            dataset = JsonSerializer.Deserialize<DatasetDto>(json, DatasetJson.Options);
        }
        catch (JsonException ex)
        {
            whole = ex;
        }

        options.Progress?.Report(new DatasetReadProgress(DatasetReadStage.Parsing, json.Length, json.Length));
        if (dataset is null)
        {
            var problems = CollectTypeProblems(json, options);
            if (problems.Count == 0)
            {
                var offset = whole is null ? 0 : JsonLocator.OffsetOf(json, whole.LineNumber ?? 0, whole.BytePositionInLine ?? 0);
                var place = JsonLocator.AtOffsets(json, [offset])[0];
                problems.Add(new DatasetProblem("type", place.Path, place.Line, place.Column, Clean(whole?.Message ?? "The dataset could not be read.")));
            }

            return Fail(problems);
        }

        var total = DatasetValidator.SectionCount;
        var found = DatasetValidator.Check(dataset, done => options.Progress?.Report(new DatasetReadProgress(DatasetReadStage.Checking, done, total)));
        if (found.Count == 0)
        {
            return new DatasetReadResult(dataset, []);
        }

        var shown = found.Take(options.MaxProblems).Select(f => (f.Code, Path: f.Path.ToString(), f.Message)).ToList();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, path, _) in shown)
        {
            for (var p = path; p.Length > 1; p = Parent(p))
            {
                wanted.Add(p);
            }
        }

        var places = JsonLocator.OfPaths(json, wanted);
        var result = new List<DatasetProblem>(shown.Count + 1);
        foreach (var (code, path, message) in shown)
        {
            var p = path;
            while (p.Length > 1 && !places.ContainsKey(p))
            {
                p = Parent(p);
            }

            var (line, column) = places.TryGetValue(p, out var place) ? (place.Line, place.Column) : (1L, 1L);
            result.Add(new DatasetProblem(code, path, line, column, message));
        }

        return Fail(Capped(result, found.Count, options));
    }

    private static List<DatasetProblem> Capped(List<DatasetProblem> problems, int total, DatasetReaderOptions options, bool exact = true)
    {
        if (total > options.MaxProblems)
        {
            var more = exact ? $"{total - options.MaxProblems} more problems were" : "More problems may be; the rest of the input was";
            problems.Add(new DatasetProblem("truncated", "$", 0, 0, $"{more} not listed."));
        }

        return problems;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "$" : path[..cut];
    }

    private static DatasetProblem? CheckSyntax(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = DatasetJson.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return new DatasetProblem("empty", "$", 0, 0, "The input holds no JSON value.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, column) = JsonLocator.LineAndColumn(json, reader.TokenStartIndex);
                return new DatasetProblem("root", "$", line, column, $"A dataset is a JSON object, not {Describe(reader.TokenType)}.");
            }

            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            var depth = reader.CurrentDepth >= DatasetJson.MaxDepth - 1;
            return new DatasetProblem(
                depth ? "depth" : "syntax",
                "$",
                (ex.LineNumber ?? 0) + 1,
                (ex.BytePositionInLine ?? 0) + 1,
                depth ? $"The JSON is nested deeper than {DatasetJson.MaxDepth} levels." : Clean(ex.Message));
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Deserialises each top-level value and each item of each list on its own, collecting one problem per item.</summary>
    private static List<DatasetProblem> CollectTypeProblems(ReadOnlySpan<byte> json, DatasetReaderOptions options)
    {
        var offsets = new List<long>();
        var messages = new List<(string Code, string Message)>();
        void Try(ReadOnlySpan<byte> all, long start, long end, Type type, bool item)
        {
            var slice = all[(int)start..(int)end];
            try
            {
                if (JsonSerializer.Deserialize(slice, type, DatasetJson.Options) is null && item)
                {
                    offsets.Add(end);
                    messages.Add(("type", "An array item cannot be null."));
                }
            }
            catch (JsonException ex)
            {
                offsets.Add(start + JsonLocator.OffsetOf(slice, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0));
                messages.Add((ex.Message.Contains("missing required", StringComparison.Ordinal) ? "missing" : "type", Clean(ex.Message)));
            }
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = DatasetJson.MaxDepth });
        reader.Read();
        var sawVersion = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && offsets.Count <= options.MaxProblems)
        {
            var name = reader.GetString()!;
            var nameEnd = reader.BytesConsumed;
            reader.Read();
            var start = reader.TokenStartIndex;
            if (Sections.TryGetValue(name, out var itemType) && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray && offsets.Count <= options.MaxProblems)
                {
                    var itemStart = reader.TokenStartIndex;
                    reader.Skip();
                    Try(json, itemStart, reader.BytesConsumed, itemType, item: true);
                }

                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    break;
                }

                continue;
            }

            reader.Skip();
            var end = reader.BytesConsumed;
            Type? type = name switch
            {
                "formatVersion" => typeof(string),
                "provenance" => typeof(ProvenanceDto),
                _ when Sections.TryGetValue(name, out var t) => typeof(EquatableArray<>).MakeGenericType(t),
                _ => null,
            };
            sawVersion |= name == "formatVersion";
            if (type is null)
            {
                offsets.Add(nameEnd);
                messages.Add(("type", $"'{name}' is not a property of a dataset."));
            }
            else
            {
                Try(json, start, end, type, item: false);
            }
        }

        if (!sawVersion)
        {
            offsets.Add(1);
            messages.Add(("missing", "formatVersion is required."));
        }

        var places = JsonLocator.AtOffsets(json, offsets);
        var problems = places.Select((p, i) => new DatasetProblem(messages[i].Code, p.Path, p.Line, p.Column, messages[i].Message))
            .Take(options.MaxProblems)
            .ToList();
        return Capped(problems, places.Length, options, exact: false);
    }

    /// <summary>Drops the " Path: ... | LineNumber: ..." tail System.Text.Json appends: the problem carries its own place.</summary>
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        cut = text.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut >= 0 ? text[..cut] : text).TrimEnd(' ', '|');
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var nonAscii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (nonAscii < 0)
            {
                return bytes.Length;
            }

            i += nonAscii;
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return bytes.Length;
    }

    private static DatasetProblem TooLarge(DatasetReaderOptions options, long size) =>
        new("size", "$", 0, 0, $"The input is larger than the limit of {options.MaxBytes} bytes{(size > 0 ? $" ({size} bytes)" : string.Empty)}.");

    private static byte[] ReadAll(Stream stream, DatasetReaderOptions options, out DatasetProblem? tooLarge)
    {
        tooLarge = null;
        long? known = null;
        if (stream.CanSeek)
        {
            known = stream.Length - stream.Position;
            if (known > options.MaxBytes)
            {
                tooLarge = TooLarge(options, known.Value);
                return [];
            }
        }

        var buffer = new byte[known is { } k ? (int)k : 81_920];
        var filled = 0;
        var reported = 0L;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (known is not null)
                {
                    // The stream said how long it is; check it is really at its end.
                    var probe = new byte[1];
                    if (stream.Read(probe, 0, 1) == 0)
                    {
                        break;
                    }

                    known = null;
                    Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, (long)buffer.Length * 2 + 1));
                    buffer[filled++] = probe[0];
                }
                else
                {
                    if (buffer.Length >= options.MaxBytes || buffer.Length == Array.MaxLength)
                    {
                        tooLarge = TooLarge(options, 0);
                        return [];
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Min(Array.MaxLength, options.MaxBytes + 1), (long)buffer.Length * 2));
                }
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
            if (filled > options.MaxBytes)
            {
                tooLarge = TooLarge(options, 0);
                return [];
            }

            if (options.Progress is not null && filled - reported >= 1 << 20)
            {
                reported = filled;
                options.Progress.Report(new DatasetReadProgress(DatasetReadStage.Reading, filled, known ?? -1));
            }
        }

        if (filled != buffer.Length)
        {
            Array.Resize(ref buffer, filled);
        }

        return buffer;
    }

    private static DatasetReadResult Fail(DatasetProblem problem) => new(null, [problem]);

    private static DatasetReadResult Fail(List<DatasetProblem> problems) => new(null, problems);
}
