using System.Text;
using System.Text.Json;

namespace Congress.Domain.Interchange;

/// <summary>
/// Finds where things are in a JSON document that is known to be well-formed: the JSON path, line and column of the
/// token at a byte offset, and the line and column of a JSON path. One forward pass per question set; nothing is kept.
/// </summary>
internal static class JsonLocator
{
    /// <summary>A place in the document.</summary>
    internal readonly record struct Place(string Path, long Line, long Column);

    private struct Frame
    {
        public bool IsArray;
        public int Index;
        public string? Property;
    }

    /// <summary>For each offset (ascending or not), the first token that ends at or after it.</summary>
    public static Place[] AtOffsets(ReadOnlySpan<byte> json, IReadOnlyList<long> offsets)
    {
        var order = Enumerable.Range(0, offsets.Count).OrderBy(i => offsets[i]).ToArray();
        var result = new Place[offsets.Count];
        var next = 0;
        Walk(json, (path, start, end, line, column) =>
        {
            while (next < order.Length && offsets[order[next]] <= end)
            {
                result[order[next]] = new Place(path(), line, column);
                next++;
            }

            return next < order.Length;
        });
        for (; next < order.Length; next++)
        {
            result[order[next]] = new Place("$", 1, 1);
        }

        return result;
    }

    /// <summary>The line and column of each path that names a token; absent paths are left out.</summary>
    public static Dictionary<string, Place> OfPaths(ReadOnlySpan<byte> json, IReadOnlySet<string> paths)
    {
        var found = new Dictionary<string, Place>(StringComparer.Ordinal);
        Walk(json, (path, start, end, line, column) =>
        {
            var p = path();
            if (paths.Contains(p))
            {
                found.TryAdd(p, new Place(p, line, column));
            }

            return found.Count < paths.Count;
        });
        return found;
    }

    /// <summary>Converts a (0-based line, 0-based byte in line) position inside <paramref name="slice"/> to an offset.</summary>
    public static long OffsetOf(ReadOnlySpan<byte> slice, long line, long bytePositionInLine)
    {
        long offset = 0;
        for (long l = 0; l < line; l++)
        {
            var nl = slice[(int)offset..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return slice.Length;
            }

            offset += nl + 1;
        }

        return Math.Min(offset + bytePositionInLine, slice.Length);
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    public static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, offset - lastNewline);
    }

    private delegate bool Visitor(Func<string> path, long start, long end, long line, long column);

    private static void Walk(ReadOnlySpan<byte> json, Visitor visit)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = DatasetJson.MaxDepth });
        var frames = new List<Frame>();
        long line = 1, lineStart = 0, scanned = 0;
        string Path()
        {
            var sb = new StringBuilder("$");
            foreach (var f in frames)
            {
                if (f.IsArray && f.Index >= 0)
                {
                    sb.Append('[').Append(f.Index).Append(']');
                }
                else if (!f.IsArray && f.Property is not null)
                {
                    AppendProperty(sb, f.Property);
                }
            }

            return sb.ToString();
        }

        Func<string> path = Path;
        while (reader.Read())
        {
            var start = reader.TokenStartIndex;
            var gap = json[(int)scanned..(int)start];
            var newlines = gap.Count((byte)'\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = scanned + gap.LastIndexOf((byte)'\n') + 1;
            }

            scanned = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var top = frames[^1];
                    top.Property = reader.GetString();
                    frames[^1] = top;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    if (frames.Count > 0 && frames[^1].IsArray)
                    {
                        var a = frames[^1];
                        a.Index++;
                        frames[^1] = a;
                    }

                    break;
            }

            var keepGoing = visit(path, start, reader.BytesConsumed, line, start - lineStart + 1);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Index = -1 });
            }

            if (!keepGoing)
            {
                return;
            }
        }
    }

    /// <summary>Appends <c>.name</c>, or <c>['name']</c> when the name is not a plain identifier.</summary>
    internal static void AppendProperty(StringBuilder sb, string name)
    {
        var plain = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (plain)
        {
            sb.Append('.').Append(name);
        }
        else
        {
            sb.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }
}
