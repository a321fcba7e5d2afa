using System.Globalization;
using Congress.Domain.Rules;

namespace Congress.Domain.Tests.Rules;

public sealed class RuleCatalogueTests
{
    [Fact]
    public void Codes_are_unique_and_findable()
    {
        foreach (var rule in RuleCatalogue.BuiltIn)
        {
            Assert.True(RuleCatalogue.TryFind(rule.Code, out var found));
            Assert.Same(rule, found);
        }
    }

    [Fact]
    public void A_malformed_code_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleDescriptor("MND-1", RuleSeverity.Error, "错", "wrong", "x", "y"));
        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void Messages_are_zh_Hans_by_default_and_English_for_en_cultures()
    {
        var rule = new RuleDescriptor("CD-TST-001", RuleSeverity.Warning, "代表{0}未进家入站", "Deputy {0} is not assigned", "test", "test");
        var violation = rule.Violation("d-1", "张三");

        Assert.Equal("代表张三未进家入站", violation.Message());
        Assert.Equal("Deputy 张三 is not assigned", violation.Message(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(rule.Violation("d-1", "张三"), violation);
        Assert.Equal("CD-TST-001", violation.Code);
    }
}

public sealed class RuleArgumentTests
{
    [Fact]
    public void A_violation_with_too_few_arguments_is_refused_where_it_is_made()
    {
        var rule = new RuleDescriptor("CD-TST-002", RuleSeverity.Error, "{0}的{1}与{2}不符", "{0}: {1} does not fit {2}", "test", "test");

        Assert.Equal(3, rule.ArgumentCount);
        Assert.Equal("arguments", Assert.Throws<ArgumentException>(() => rule.Violation("s", "a", "b")).ParamName);
        Assert.Equal("a的b与c不符", rule.Violation("s", "a", "b", "c").Message());
    }
}
