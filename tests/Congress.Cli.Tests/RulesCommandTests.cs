using System.Text.Json;
using Congress.Cli.Commands;
using Congress.Domain.Rules;

namespace Congress.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Json_lists_every_rule_with_code_severity_messages_and_source()
    {
        var (code, output, _) = CliRunner.Run("rules", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(RulesCommand.Catalogue.Count, items.Count);
        Assert.Contains(items, i => i.GetProperty("code").GetString() == "CD-DST-001");
        foreach (var item in items)
        {
            foreach (var field in new[] { "code", "severity", "zh", "en", "source" })
            {
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty(field).GetString()), field);
            }
        }
    }

    [Fact]
    public void Docs_rules_md_is_the_generated_catalogue()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        var expected = RulesCommand.RenderMarkdown(RulesCommand.Catalogue);

        Assert.True(File.Exists(path), "docs/rules.md is missing: run `dotnet run --project src/Congress.Cli -- rules --format markdown > docs/rules.md`");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        var (code, _, error) = CliRunner.Run("rules", "--format", "yaml");

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Congress.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Congress.Domain.sln not found above the test directory.");
    }
}
