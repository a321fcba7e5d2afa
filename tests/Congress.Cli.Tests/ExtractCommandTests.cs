using System.Text;
using System.Text.Json;

namespace Congress.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("congress-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Json_lists_every_figure_with_value_unit_qualifier_measure_text_and_position()
    {
        var path = WriteFile("qingyuan.txt", Encoding.UTF8.GetBytes("截至9月底，共走访代表260余人次，总投资达7.59亿元。"));

        var (code, output, error) = CliRunner.Run("extract", path, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var figures = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal(260m, figures[0].GetProperty("value").GetDecimal());
        Assert.Equal("人次", figures[0].GetProperty("unit").GetString());
        Assert.Equal("moreThan", figures[0].GetProperty("qualifier").GetString());
        Assert.Equal("deputies-visited", figures[0].GetProperty("measure").GetString());
        Assert.Equal("260余人次", figures[0].GetProperty("text").GetString());
        Assert.Equal(11, figures[0].GetProperty("start").GetInt32());
        Assert.Equal(6, figures[0].GetProperty("length").GetInt32());
        Assert.Equal(759000000m, figures[1].GetProperty("value").GetDecimal());
        Assert.Equal("元", figures[1].GetProperty("unit").GetString());
        Assert.Equal("exact", figures[1].GetProperty("qualifier").GetString());
    }

    [Fact]
    public void A_figure_without_a_measure_has_measure_null()
    {
        var path = WriteFile("homes.txt", Encoding.UTF8.GetBytes("建有代表之家16个"));

        var (_, output, _) = CliRunner.Run("extract", path, "--format", "json");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, doc.RootElement[0].GetProperty("measure").ValueKind);
    }

    [Fact]
    public void Text_format_writes_one_line_per_figure()
    {
        var path = WriteFile("a.txt", Encoding.UTF8.GetBytes("协调解决问题21个，提出意见建议70多条"));

        var (code, output, _) = CliRunner.Run("extract", path);

        Assert.Equal(0, code);
        Assert.Equal(
            ["6\t3\t21个\t21\t个\texact\tproblems-solved", "16\t4\t70多条\t70\t条\tmoreThan\tsuggestions"],
            output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Empty_input_gives_an_empty_array()
    {
        var path = WriteFile("empty.txt", []);

        var (code, output, error) = CliRunner.Run("extract", path, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("[]", output.Trim());
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line()
    {
        var (code, output, error) = CliRunner.Run("extract", Path.Combine(_dir, "missing.txt"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("congress: ", error);
        Assert.Contains("missing.txt", error);
    }

    [Fact]
    public void Invalid_utf8_exits_2_with_one_line()
    {
        var path = WriteFile("bad.txt", [0xE6, 0x88, 0x31, 0xFF, 0xFE, 0x41]);

        var (code, output, error) = CliRunner.Run("extract", path, "--format", "json");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("not UTF-8", error);
    }

    [Fact]
    public void A_utf16_byte_order_mark_is_not_utf8()
    {
        var path = WriteFile("utf16.txt", [0xFF, 0xFE, 0x31, 0x00]);

        var (code, _, error) = CliRunner.Run("extract", path);

        Assert.Equal(2, code);
        Assert.Contains("not UTF-8", error);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped()
    {
        var path = WriteFile("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("21个")]);

        var (code, output, _) = CliRunner.Run("extract", path);

        Assert.Equal(0, code);
        Assert.StartsWith("0\t3\t21个", output);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var previous = Commands.ExtractCommand.StandardInput;
        Commands.ExtractCommand.StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("接待选民810余人次"));
        try
        {
            var (code, output, _) = CliRunner.Run("extract", "-", "--format", "json");

            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal("voters-received", doc.RootElement[0].GetProperty("measure").GetString());
        }
        finally
        {
            Commands.ExtractCommand.StandardInput = previous;
        }
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        var path = WriteFile("a.txt", Encoding.UTF8.GetBytes("21个"));

        var (code, _, error) = CliRunner.Run("extract", path, "--format", "xml");

        Assert.Equal(2, code);
        Assert.StartsWith("congress: ", error);
    }
}
