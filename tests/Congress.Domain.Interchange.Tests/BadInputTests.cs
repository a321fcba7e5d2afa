using System.Diagnostics;
using System.Text;

namespace Congress.Domain.Interchange.Tests;

/// <summary>Every kind of unusable input yields problems with a place, never an exception, never a hang.</summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static DatasetReadResult ReadBytes(byte[] bytes, DatasetReaderOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var result = DatasetReader.Read(new MemoryStream(bytes), options);
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        Assert.False(result.Succeeded);
        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Problems);
        return result;
    }

    private static DatasetProblem Single(string json, string code)
    {
        var problem = Assert.Single(ReadBytes(Encoding.UTF8.GetBytes(json)).Problems);
        Assert.Equal(code, problem.Code);
        Assert.StartsWith("$", problem.Path, StringComparison.Ordinal);
        return problem;
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    [InlineData("\uFEFF")]
    public void An_empty_input_is_one_problem(string json) => Single(json, "empty");

    [Theory]
    [InlineData("not json", 1, 2)]
    [InlineData("{\n  \"formatVersion\": \"1.0\",\n  oops\n}", 3, 3)]
    [InlineData("{\"formatVersion\": \"1.0\"} {}", 1, 26)]
    public void Text_that_is_not_JSON_is_a_syntax_problem_at_its_line(string json, long line, long column)
    {
        var problem = Single(json, "syntax");
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
    }

    [Fact]
    public void Truncated_JSON_is_a_syntax_problem_near_its_end()
    {
        var json = DatasetWriter.ToJson(BaodingDataset.Load());
        var half = json[..(json.Length / 2)];

        var problem = Single(half, "syntax");
        Assert.Equal(half.Count(c => c == '\n') + 1, problem.Line);
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "an array")]
    [InlineData("[{\"formatVersion\": \"1.0\"}]", "an array")]
    [InlineData("42", "a number")]
    [InlineData("\"1.0\"", "a string")]
    public void A_root_that_is_not_an_object_is_one_problem(string json, string found)
    {
        var problem = Single(json, "root");
        Assert.Contains(found, problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Ten_thousand_deep_nesting_fails_cleanly_at_the_depth_limit()
    {
        var json = "{\"formatVersion\":\"1.0\",\"provenance\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var problem = Single(json, "depth");
        Assert.Equal(1, problem.Line);
        Assert.InRange(problem.Column, 37, 37 + DatasetJson.MaxDepth + 1);
    }

    [Fact]
    public void Invalid_UTF8_is_an_encoding_problem_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"formatVersion\": \"1.0\",\n\"provenance\": {\"title\": \"满城XX\"}}");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var problem = Assert.Single(ReadBytes(bytes).Problems);
        Assert.Equal("encoding", problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal(at - Encoding.UTF8.GetBytes("{\n\"formatVersion\": \"1.0\",\n").Length + 1, problem.Column);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_bytes_are_problems(int seed)
    {
        var bytes = new byte[1 << 20];
        new Random(seed).NextBytes(bytes);

        var problem = Assert.Single(ReadBytes(bytes).Problems);
        Assert.Contains(problem.Code, new[] { "encoding", "syntax", "root" });
    }

    [Fact]
    public void Wrong_types_are_reported_for_every_item_with_path_and_line()
    {
        var json = """
            {
              "formatVersion": "1.0",
              "divisions": [
                { "code": 130000, "name": "河北省", "kind": "province" },
                { "code": "130600", "name": "保定市", "kind": "prefecture", "parent": "130000" },
                { "code": "130607", "name": ["满城区"], "kind": "district", "parent": "130600" },
                { "code": "130608", "name": "清苑区", "kind": "planet", "parent": "130600" },
                { "code": "130609", "name": "徐水区", "parent": "130600" },
                null
              ],
              "deputies": [ { "id": "d1", "generated": true, "mandates": [ { "congress": { "division": "130607", "level": "county" }, "term": "two" } ] } ],
              "stations": {},
              "colour": "red"
            }
            """;

        var problems = ReadBytes(Encoding.UTF8.GetBytes(json)).Problems;

        Assert.Collection(
            problems,
            p => Assert.Equal(("$.divisions[0].code", 4L), (p.Path, p.Line)),
            p => Assert.Equal(("$.divisions[2].name", 6L), (p.Path, p.Line)),
            p => Assert.Equal(("$.divisions[3].kind", 7L), (p.Path, p.Line)),
            p => Assert.Equal(("$.divisions[4]", 8L, "missing"), (p.Path, p.Line, p.Code)),
            p => Assert.Equal(("$.divisions[5]", 9L), (p.Path, p.Line)),
            p => Assert.Equal(("$.deputies[0].mandates[0].term", 11L), (p.Path, p.Line)),
            p => Assert.Equal(("$.stations", 12L), (p.Path, p.Line)),
            p => Assert.Equal(("$.colour", 13L), (p.Path, p.Line)));
        Assert.All(problems, p => Assert.DoesNotContain("LineNumber", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Type_problems_stop_at_the_cap_and_say_so()
    {
        var items = string.Join(",", Enumerable.Repeat("{\"code\": 1, \"name\": \"x\", \"kind\": \"province\"}", 50));
        var json = "{\"formatVersion\": \"1.0\", \"divisions\": [" + items + "]}";

        var result = DatasetReader.Read(json, new DatasetReaderOptions { MaxProblems = 5 });

        Assert.Equal(6, result.Problems.Count);
        Assert.Equal(["$.divisions[0].code", "$.divisions[1].code", "$.divisions[2].code", "$.divisions[3].code", "$.divisions[4].code", "$"], result.Problems.Select(p => p.Path));
        Assert.Equal("truncated", result.Problems[^1].Code);
    }

    [Fact]
    public void A_missing_format_version_is_a_problem()
    {
        var problem = Single("{\"divisions\": []}", "missing");
        Assert.Contains("formatVersion", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_it_is_parsed_even_from_an_unseekable_stream()
    {
        var options = new DatasetReaderOptions { MaxBytes = 10 << 20 };
        var watch = Stopwatch.StartNew();

        var seekable = DatasetReader.Read(new MemoryStream(new byte[100 << 20]), options);
        var unseekable = DatasetReader.Read(new UnseekableStream(new GeneratedStream(100L << 20)), options);

        Assert.True(watch.Elapsed < Bound);
        Assert.Equal("size", Assert.Single(seekable.Problems).Code);
        Assert.Equal("size", Assert.Single(unseekable.Problems).Code);
    }

    [Fact]
    public void A_100_MB_document_is_read_within_the_bound_and_its_problem_reported()
    {
        // {"formatVersion":"9.9","provenance":{"title":"xxxx... 100 MB ...xxxx"}}: well-formed, streamed, one problem.
        var problem = Assert.Single(ReadBytes(ReadFully(new GeneratedStream(100L << 20))).Problems);

        Assert.Equal(("version", "$.formatVersion", 1L), (problem.Code, problem.Path, problem.Line));
    }

    [Fact]
    public void A_100_MB_stream_of_garbage_is_one_problem()
    {
        var bytes = new byte[100 << 20];
        new Random(7).NextBytes(bytes);

        Assert.Single(ReadBytes(bytes).Problems);
    }

    private static byte[] ReadFully(Stream stream)
    {
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>A stream of a well-formed dataset of a given length whose bulk is one long title.</summary>
    private sealed class GeneratedStream(long length) : Stream
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("{\"formatVersion\":\"9.9\",\"provenance\":{\"title\":\"");
        private static readonly byte[] Tail = Encoding.UTF8.GetBytes("\"}}");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && _position < length)
            {
                buffer[offset + n++] = _position < Head.Length ? Head[_position]
                    : _position >= length - Tail.Length ? Tail[_position - (length - Tail.Length)]
                    : (byte)'x';
                _position++;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
