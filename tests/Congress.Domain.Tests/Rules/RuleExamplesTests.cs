using System.Globalization;
using System.Text.RegularExpressions;
using Congress.Domain.Rules;

namespace Congress.Domain.Tests.Rules;

/// <summary>Every catalogued rule has a passing and a failing example (issue 8), checked through the public API.</summary>
public sealed partial class RuleExamplesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The codes of the example table, one theory case each.</summary>
    public static TheoryData<string> Codes => [.. RuleExamples.ByCode.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_passing_example_yields_no_violation_at_all(string code)
    {
        var violations = RuleExamples.ByCode[code].Passing().ToList();

        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_failing_example_yields_exactly_that_rule_with_messages_in_both_languages(string code)
    {
        var violations = RuleExamples.ByCode[code].Failing().ToList();

        Assert.NotEmpty(violations);
        Assert.All(violations, v =>
        {
            Assert.Equal(code, v.Code);
            Assert.False(string.IsNullOrWhiteSpace(v.Subject));
            var zh = v.Message();
            var en = v.Message(English);
            Assert.Matches(Han(), zh);
            Assert.False(string.IsNullOrWhiteSpace(en));
            Assert.NotEqual(zh, en);
            Assert.Matches("[A-Za-z]{2,}", en);
            Assert.DoesNotMatch(Placeholder(), zh);
            Assert.DoesNotMatch(Placeholder(), en);
        });
    }

    [Fact]
    public void Every_catalogued_rule_has_examples_or_is_listed_as_unreachable()
    {
        var catalogued = RuleCatalogue.BuiltIn.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var covered = RuleExamples.ByCode.Keys.ToHashSet(StringComparer.Ordinal);
        var unreachable = RuleExamples.Unreachable.Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(covered.Intersect(unreachable));
        Assert.Equal(catalogued.Order(StringComparer.Ordinal), covered.Union(unreachable).Order(StringComparer.Ordinal));
        Assert.All(RuleExamples.Unreachable, u => Assert.False(string.IsNullOrWhiteSpace(u.Value)));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
