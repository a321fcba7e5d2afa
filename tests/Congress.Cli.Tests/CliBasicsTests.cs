namespace Congress.Cli.Tests;

public sealed class CliBasicsTests
{
    [Fact]
    public void Help_lists_the_verbs()
    {
        var (code, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("report", output);
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var (code, output, _) = CliRunner.Run("--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void An_unknown_verb_exits_2_with_one_line()
    {
        var (code, output, error) = CliRunner.Run("frobnicate");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("congress: ", error);
    }

    [Fact]
    public void Report_runs_on_the_embedded_data()
    {
        var (code, output, error) = CliRunner.Run("report");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("810余人次", output);
    }
}
