using System.CommandLine;
using System.Text.Json;
using Congress.Cli.Commands;
using NodaTime.Testing;

namespace Congress.Cli.Tests;

public sealed class QuotaCommandTests
{
    [Theory]
    [InlineData("county", "420000", "2024-10-01", "224")]
    [InlineData("county", "420000", "2019-01-01", "204")]
    [InlineData("township", "30000", "2024-10-01", "65")]
    [InlineData("township", "30000", "2019-01-01", "60")]
    [InlineData("city", "12000000", "2024-10-01", "650")]
    [InlineData("municipality", "21840000", "2024-10-01", "1000")]
    [InlineData("province", "74610000", "2024-10-01", "847")]
    public void Text_prints_the_bare_quota(string level, string population, string on, string expected)
    {
        var (code, output, error) = CliRunner.Run("quota", "--level", level, "--population", population, "--on", on);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(expected, output.Trim());
    }

    [Fact]
    public void Bonus_adds_five_percent()
    {
        var (code, output, _) = CliRunner.Run("quota", "--level", "county", "--population", "2000000", "--on", "2024-10-01", "--bonus");

        Assert.Equal(0, code);
        Assert.Equal("472", output.Trim());
    }

    [Fact]
    public void Json_carries_the_rule_that_produced_the_quota()
    {
        var (code, output, _) = CliRunner.Run("quota", "--level", "county", "--population", "2000000", "--on", "2024-10-01", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(450, root.GetProperty("seats").GetInt32());
        Assert.True(root.GetProperty("capApplied").GetBoolean());
        var rule = root.GetProperty("rule");
        Assert.Equal(140, rule.GetProperty("base").GetInt32());
        Assert.Equal(5000, rule.GetProperty("perResidents").GetInt32());
        Assert.Equal(450, rule.GetProperty("cap").GetInt32());
        Assert.Equal("2020-10-17", rule.GetProperty("effectiveFrom").GetString());
        Assert.Contains("选举法第十一条", rule.GetProperty("source").GetString());
    }

    [Fact]
    public void The_date_defaults_to_today_so_the_current_law_applies()
    {
        var (code, output, _) = CliRunner.Run("quota", "--level", "township", "--population", "0", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(45, doc.RootElement.GetProperty("seats").GetInt32());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("rule").GetProperty("effectiveUntil").ValueKind);
    }

    [Theory]
    [InlineData("quota", "--level", "village", "--population", "100")]
    [InlineData("quota", "--level", "county")]
    [InlineData("quota", "--level", "county", "--population", "-5")]
    [InlineData("quota", "--level", "county", "--population", "many")]
    [InlineData("quota", "--level", "county", "--population", "100", "--on", "2024-13-01")]
    [InlineData("quota", "--level", "county", "--population", "100", "--on", "2009-01-01")]
    [InlineData("quota", "--level", "city", "--population", "100", "--bonus")]
    [InlineData("quota", "--level", "county", "--population", "100", "--format", "xml")]
    public void Bad_arguments_exit_2_with_one_line(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("congress: ", error);
    }

    [Theory]
    [InlineData("2019-06-01T00:00:00Z", "204")]
    [InlineData("2020-10-16T15:59:00Z", "204")]
    [InlineData("2020-10-16T16:00:00Z", "224")]
    public void Without_on_the_clock_gives_the_date_in_China(string instant, string expected)
    {
        var clock = new FakeClock(NodaTime.Text.InstantPattern.ExtendedIso.Parse(instant).Value);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(new QuotaCommand(clock).Create(new CliContext(output, error)));

        var code = root.Parse(["quota", "--level", "county", "--population", "420000"]).Invoke();

        Assert.Equal(0, code);
        Assert.Equal(expected, output.ToString().Trim());
    }
}
