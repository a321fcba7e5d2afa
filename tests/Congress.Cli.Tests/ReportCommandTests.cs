using System.Text.Json;

namespace Congress.Cli.Tests;

public sealed class ReportCommandTests
{
    // Every figure of DOMAIN.md's table, as the seed writes it.
    public static TheoryData<string> SeedFigures =>
    [
        "260余人次", "21个", "5次", "24次", "810余人次", "130余次", "90余条",
        "4个", "7.59亿元", "19条", "22条", "900余人次", "26条", "60余次", "70多条", "50余条", "4次", "9个",
        "10万余元",
    ];

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void The_report_on_the_embedded_dataset_writes_every_seed_figure_as_the_seed_does(string figure)
    {
        var (code, output, error) = CliRunner.Run("report");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains(figure, output);
    }

    [Fact]
    public void The_report_gives_manchengs_deputies_by_level_and_its_homes_and_stations()
    {
        var (_, output, _) = CliRunner.Run("report");

        Assert.Contains("满城区", output);
        Assert.Contains("省人大代表1名，市人大代表21名，区人大代表209名，乡镇人大代表802名", output);
        Assert.Contains("建有代表之家16个，其中区级人大直接管理1个，乡镇直接管理12个，行业性代表之家3个；代表联络站16个", output);
        Assert.Contains("另有2个家站正在建设中", output);
    }

    [Fact]
    public void Xushuis_suggestions_roll_up_to_more_than_187_and_the_city_table_has_every_theme()
    {
        var (_, output, _) = CliRunner.Run("report");

        Assert.Contains("提出意见建议187余条", output);
        Assert.Contains("保定市分主题汇总", output);
        foreach (var theme in Congress.Domain.Campaigns.CityThemes.BuiltIn)
        {
            Assert.Contains(theme.NameZh, output);
        }
    }

    [Fact]
    public void An_earlier_date_leaves_out_what_happened_after_it()
    {
        var (code, output, _) = CliRunner.Run("report", "--as-of", "2024-06-30");

        Assert.Equal(0, code);
        Assert.DoesNotContain("810余人次", output);
        Assert.Contains("10万余元", output);
    }

    [Fact]
    public void Before_the_dataset_s_date_homes_listed_without_dates_are_said_to_be_unknown_not_counted_as_built()
    {
        // The seed says 满城 has these homes and stations by the end of September, not when each was built.
        var (code, output, _) = CliRunner.Run("report", "--as-of", "2024-06-30");

        Assert.Equal(0, code);
        Assert.Contains("另有31个家站数据集未载明建成日期，此日未计入", output);
        Assert.DoesNotContain("建有代表之家15个", output);
        Assert.DoesNotContain("未载明建成日期", CliRunner.Run("report").Out);
    }

    [Fact]
    public void Json_has_the_districts_and_the_city_table()
    {
        var (code, output, _) = CliRunner.Run("report", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var districts = json.RootElement.GetProperty("districts").EnumerateArray().ToList();
        Assert.Equal(["130607", "130608", "130609"], districts.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(802, districts[0].GetProperty("deputies").GetProperty("township").GetInt32());
        Assert.NotEmpty(json.RootElement.GetProperty("cityThemes").EnumerateArray());
    }

    [Fact]
    public void Markdown_has_headings_and_a_table()
    {
        var (code, output, _) = CliRunner.Run("report", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.StartsWith("# ", output);
        Assert.Contains("## 一、满城区", output);
        Assert.Contains("|", output);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{}", "formatVersion")]
    [InlineData("not json", "line 1")]
    [InlineData("{\"formatVersion\": \"1.0\", \"divisions\": [", "line 1")]
    [InlineData("null", "$")]
    public void Unusable_datasets_exit_2_with_at_most_three_lines_naming_the_place(string content, string place)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);

            var (code, output, error) = CliRunner.Run("report", "--dataset", path);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            var lines = error.TrimEnd().Split('\n');
            Assert.InRange(lines.Length, 1, 3);
            Assert.All(lines, l => Assert.StartsWith("congress: ", l));
            Assert.Contains(place, error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_and_a_bad_date_exit_2_with_one_line()
    {
        var missing = CliRunner.Run("report", "--dataset", "/nonexistent/baoding.json");
        var badDate = CliRunner.Run("report", "--as-of", "9月底");

        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.Err.TrimEnd().Split('\n'));
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--as-of", badDate.Err);
    }
}
