using Congress.Domain.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Rules;

public sealed class RuleSetTests
{
    private static readonly RuleDescriptor HostRule = new("HD-STN-001", RuleSeverity.Warning, "家站{0}未公开电话", "Station {0} shows no phone number", "a host check", "host district policy");

    [Fact]
    public void The_default_judges_by_the_five_items_profile()
    {
        Assert.Equal("mancheng-wuyou", RuleSet.Default.ParameterOn(RuleSet.StandardsProfileParameter, new LocalDate(2024, 9, 30)));
        Assert.Null(RuleSet.Default.ParameterOn(RuleSet.StandardsProfileParameter, new LocalDate(2009, 12, 31)));
    }

    [Fact]
    public void A_later_adoption_wins_from_its_date_only()
    {
        var set = RuleSet.Default.WithParameter(RuleSet.StandardsProfileParameter, "qingyuan-four", new LocalDate(2022, 1, 1));

        Assert.Equal("mancheng-wuyou", set.ParameterOn(RuleSet.StandardsProfileParameter, new LocalDate(2021, 12, 31)));
        Assert.Equal("qingyuan-four", set.ParameterOn(RuleSet.StandardsProfileParameter, new LocalDate(2022, 1, 1)));
        Assert.Equal("mancheng-wuyou", RuleSet.Default.ParameterOn(RuleSet.StandardsProfileParameter, new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void Host_rules_run_and_can_be_switched_off()
    {
        var set = RuleSet.Create("徐水").WithRule(new NoPhoneRule());

        var violations = set.Apply("大福村代表联络站", []);
        Assert.Equal("HD-STN-001", Assert.Single(violations).Code);

        var off = set.Disable("HD-STN-001");
        Assert.Empty(off.Apply("大福村代表联络站", []));
        Assert.Single(set.Apply("大福村代表联络站", []));
    }

    [Fact]
    public void Disabled_built_in_codes_filter_their_violations()
    {
        var other = new RuleDescriptor("HD-STN-002", RuleSeverity.Error, "错{0}", "wrong {0}", "x", "y");
        var set = RuleSet.Create("x").WithRule(new NoPhoneRule());
        var violations = new[] { HostRule.Violation("a", "a"), other.Violation("b", "b") };

        var kept = set.Disable("HD-STN-001").Apply("s", violations);

        Assert.Equal(["HD-STN-002"], kept.Select(v => v.Code));
    }

    [Fact]
    public void Unknown_codes_and_duplicate_rules_are_refused_and_the_set_is_unchanged()
    {
        var set = RuleSet.Create("x").WithRule(new NoPhoneRule());

        Assert.Equal("code", Assert.Throws<ArgumentException>(() => set.Disable("XX-NOP-999")).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => set.WithRule(new NoPhoneRule())).ParamName);
        Assert.Empty(set.Disabled);
        Assert.Single(set.Apply("s", []));
    }

    [Property]
    public Property The_parameter_in_force_is_the_latest_adoption_not_after_the_date(int[] offsets, int probe)
    {
        var start = new LocalDate(2020, 1, 1);
        var set = RuleSet.Create("p");
        var adoptions = new List<(LocalDate From, string Value)>();
        foreach (var (offset, i) in (offsets ?? []).Select((o, i) => (Math.Abs(o % 1000), i)))
        {
            var from = start.PlusDays(offset);
            set = set.WithParameter("p", "v" + i, from);
            adoptions.Add((from, "v" + i));
        }

        var on = start.PlusDays(Math.Abs(probe % 1100));
        // OrderBy is stable: among adoptions from the same day, the one added last wins.
        var expected = adoptions.Where(a => a.From <= on).OrderBy(a => a.From).Select(a => a.Value).LastOrDefault();
        return (set.ParameterOn("p", on) == expected).ToProperty();
    }

    private sealed class NoPhoneRule : IRule<string>
    {
        public RuleDescriptor Descriptor => HostRule;

        public IEnumerable<RuleViolation> Check(string subject) => [HostRule.Violation(subject, subject)];
    }
}

public sealed class RuleSetDescriptorTests
{
    [Fact]
    public void A_rule_outside_the_core_catalogue_is_switched_off_by_its_descriptor()
    {
        var packageRule = new RuleDescriptor("CD-DST-002", RuleSeverity.Warning, "阶段不明{0}", "stage unknown {0}", "x", "y");

        var set = RuleSet.Default.Disable(packageRule);

        Assert.False(set.IsEnabled("CD-DST-002"));
        Assert.True(RuleSet.Default.IsEnabled("CD-DST-002"));
        Assert.Empty(set.Apply("s", [packageRule.Violation("s", "s")]));
    }
}
