using System.Text;
using System.Text.Json;
using Congress.Domain.Interchange;

namespace Congress.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("congress-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string BaodingJson()
    {
        using var reader = new StreamReader(BaodingDataset.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static void AssertUnusable(string path)
    {
        var (code, output, error) = CliRunner.Run("validate", "--dataset", path, "--as-of", "2024-09-30");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, 3);
        Assert.All(lines, l => Assert.StartsWith("congress: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_dataset_lists_its_homes_and_stations_without_evidence_and_exits_1()
    {
        var (code, output, error) = CliRunner.Run("validate", "--as-of", "2024-09-30");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("2024-09-30: 364 violations (350 errors, 12 warnings, 2 info)", lines[^1]);
        Assert.All(lines[..350], l => Assert.StartsWith("CD-STD-001 error ", l, StringComparison.Ordinal));
        Assert.All(lines[350..362], l => Assert.StartsWith("CD-ACT-005 warning ", l, StringComparison.Ordinal));
        Assert.Equal("CD-ACT-006 info qy-2024-04-10: 活动没有任何统计数字", lines[362]);
        Assert.Contains("CD-STD-001 error 满城区人大常委会代表之家[mc-home-district]: 满城区人大常委会代表之家[mc-home-district]截至2024-09-30没有“有场所”的佐证材料（应提供：固定活动场所的照片或使用协议）", lines);
        Assert.DoesNotContain(lines, l => l.Contains("mc-home-power", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lists_code_severity_subject_and_message()
    {
        var (code, output, _) = CliRunner.Run("validate", "--as-of", "2024-09-30", "--format", "json");

        Assert.Equal(1, code);
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(364, items.Length);
        Assert.Equal(350, items.Count(i => i.GetProperty("code").GetString() == "CD-STD-001" && i.GetProperty("severity").GetString() == "error"));
        Assert.All(items, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.GetProperty("subject").GetString()));
            Assert.False(string.IsNullOrEmpty(i.GetProperty("message").GetString()));
        });
    }

    [Fact]
    public void A_clean_dataset_exits_0()
    {
        var path = Write("clean.json", """{"formatVersion":"1.0","divisions":[{"code":"130000","name":"河北省","kind":"province"}]}""");

        var (code, output, error) = CliRunner.Run("validate", "--dataset", path, "--as-of", "2024-09-30");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal("2024-09-30: no rule is violated", output.Trim());
    }

    [Fact]
    public void A_dataset_with_a_rule_violation_exits_1_and_names_it()
    {
        // A home run by a village: the interchange format can say it, the domain refuses it.
        var json = BaodingJson().Replace("\"kind\": \"home\",\n      \"sponsor\": \"district\"", "\"kind\": \"home\",\n      \"sponsor\": \"village\"", StringComparison.Ordinal);
        Assert.NotEqual(BaodingJson(), json);
        var path = Write("village-home.json", json);

        var (code, output, _) = CliRunner.Run("validate", "--dataset", path, "--as-of", "2024-09-30");

        Assert.Equal(1, code);
        Assert.Contains("CD-DST-001 error stations[mc-home-district]:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file() => AssertUnusable(Write("empty.json", string.Empty));

    [Fact]
    public void Not_json() => AssertUnusable(Write("text.json", "this is not JSON"));

    [Fact]
    public void Truncated_json() => AssertUnusable(Write("truncated.json", BaodingJson()[..5000]));

    [Fact]
    public void Null_root() => AssertUnusable(Write("null.json", "null"));

    [Fact]
    public void Array_root() => AssertUnusable(Write("array.json", "[1, 2, 3]"));

    [Fact]
    public void Wrong_types() => AssertUnusable(Write("types.json", """{"formatVersion":"1.0","divisions":[{"code":130000,"name":true,"kind":"province"}],"stations":"none"}"""));

    [Fact]
    public void Unknown_format_version() => AssertUnusable(Write("version.json", """{"formatVersion":"9.9"}"""));

    [Fact]
    public void Unknown_division_codes() => AssertUnusable(Write("codes.json", BaodingJson().Replace("\"division\": \"130607100\"", "\"division\": \"130699100\"", StringComparison.Ordinal)));

    [Fact]
    public void Dangling_references() => AssertUnusable(Write("dangling.json", BaodingJson().Replace("\"station\": \"mc-home-power\"", "\"station\": \"mc-home-nowhere\"", StringComparison.Ordinal)));

    [Fact]
    public void Ten_thousand_deep_nesting() => AssertUnusable(Write("deep.json", new string('[', 10_000) + new string(']', 10_000)));

    [Fact]
    public void Deep_nesting_inside_a_property() => AssertUnusable(Write("deep-prop.json", "{\"formatVersion\":\"1.0\",\"provenance\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_001)));

    [Fact]
    public void Invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"formatVersion":"1.0","divisions":[{"code":"130000","name":"河北XX","kind":"province"}]}""");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        AssertUnusable(Write("utf8.json", bytes));
    }

    [Fact]
    public void Random_bytes()
    {
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            AssertUnusable(Write($"random-{i}.json", bytes));
        }
    }

    [Fact]
    public void Many_problems_are_told_in_three_lines()
    {
        var json = BaodingJson().Replace("\"generated\": true", "\"generated\": 1", StringComparison.Ordinal);
        var (code, _, error) = CliRunner.Run("validate", "--dataset", Write("many.json", json));

        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"… and \d+ more problems", lines[2]);
        Assert.Contains("line ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line()
    {
        var (code, _, error) = CliRunner.Run("validate", "--dataset", Path.Combine(_dir, "absent.json"));

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_bad_date_or_format_is_refused()
    {
        Assert.Equal(2, CliRunner.Run("validate", "--as-of", "30/09/2024").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate", "--format", "xml").ExitCode);
    }

    [Fact]
    public void Nothing_is_written_to_standard_error_when_it_is_redirected()
    {
        var (_, _, error) = CliRunner.Run("validate", "--as-of", "2024-09-30");

        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void The_Baoding_dataset_without_its_date_validates_on_any_date()
    {
        // Without the provenance date, homes and stations without a life cycle have no known stage (CD-DST-002): a finding, not a failure.
        for (var seed = 1; seed <= 5; seed++)
        {
            var path = Write($"generated-{seed}.json", DatasetWriter.ToUtf8(BaodingDataset.Load() with { Provenance = null }));
            var (code, output, error) = CliRunner.Run("validate", "--dataset", path, "--as-of", $"202{seed}-06-30");

            Assert.InRange(code, 0, 1);
            Assert.Equal(string.Empty, error);
            Assert.All(output.TrimEnd().Split('\n')[..^1], l => Assert.Matches(@"^CD-[A-Z]{3}-\d{3} (error|warning|info) ", l));
        }
    }
}
