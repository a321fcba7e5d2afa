using Congress.Domain.Divisions;
using Congress.Domain.Standards;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Standards;

public sealed class StandardsProfileTests
{
    [Fact]
    public void Three_profiles_ship_with_the_seed_wording_and_five_haves_is_the_default()
    {
        Assert.Same(StandardsProfiles.ManchengFiveHaves, StandardsProfiles.Default);
        Assert.Equal(["有场所", "有牌子", "有设施", "有制度", "有档案"], StandardsProfiles.ManchengFiveHaves.Criteria.Select(c => c.NameZh));
        Assert.Equal(["名称规范", "场地固定", "硬件设施完善", "信息公开上墙"], StandardsProfiles.QingyuanFourItems.Criteria.Select(c => c.NameZh));
        Assert.Equal(["有场地", "有设备", "有制度", "有人员", "有活动", "有经费", "有档案"], StandardsProfiles.GuangdongSevenHaves.Criteria.Select(c => c.NameZh));
        Assert.True(StandardsProfiles.TryFind("QINGYUAN-SiXiang", out var q));
        Assert.Same(StandardsProfiles.QingyuanFourItems, q);
        Assert.False(StandardsProfiles.TryFind("八有", out _));
    }

    [Fact]
    public void A_host_defines_its_own_profile_and_versions_it()
    {
        var six = StandardsProfiles.ManchengFiveHaves.With(new Criterion("staff", "有人员", "staff", "联络员名单", "the list of liaison staff"));
        Assert.Equal(2, six.Version);
        Assert.Equal(6, six.Criteria.Count);
        var back = six.Without("staff");
        Assert.Equal(3, back.Version);
        Assert.Equal(5, back.Criteria.Count);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => back.Without("staff")).ParamName);
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => new StandardsProfile("dup", 1, "重复", "dup", [back.Criteria[0], back.Criteria[0]])).ParamName);
    }

    [Fact]
    public void A_district_adopts_a_profile_from_a_date_and_inherits_its_citys_otherwise()
    {
        var baoding = DivisionCode.Parse(Seed.BaodingCode);
        var qingyuan = DivisionCode.Parse(Seed.QingyuanCode);
        var adoptions = ProfileAdoptions.Empty
            .Adopt(new ProfileAdoption(baoding, StandardsProfiles.ManchengFiveHaves, new LocalDate(2020, 1, 1))).Value
            .Adopt(new ProfileAdoption(qingyuan, StandardsProfiles.QingyuanFourItems, new LocalDate(2022, 1, 1))).Value;

        Assert.Same(StandardsProfiles.ManchengFiveHaves, adoptions.ProfileOn(qingyuan, new LocalDate(2021, 12, 31)));
        Assert.Same(StandardsProfiles.QingyuanFourItems, adoptions.ProfileOn(qingyuan, new LocalDate(2022, 1, 1)));
        Assert.Same(StandardsProfiles.ManchengFiveHaves, adoptions.ProfileOn(DivisionCode.Parse(Seed.XushuiCode), new LocalDate(2024, 1, 1)));
        Assert.Null(adoptions.ProfileOn(qingyuan, new LocalDate(2019, 1, 1)));
        Assert.Same(StandardsProfiles.Default, adoptions.ProfileOrDefault(qingyuan, new LocalDate(2019, 1, 1)));

        var clash = adoptions.Adopt(new ProfileAdoption(qingyuan, StandardsProfiles.GuangdongSevenHaves, new LocalDate(2022, 1, 1)));
        Assert.Equal("CD-STD-004", Assert.Single(clash.Violations).Code);
        Assert.Same(adoptions, clash.Value);
    }
}

public sealed class StandardsProfileRuleSetTests
{
    [Fact]
    public void The_default_rule_set_names_five_haves_and_a_district_rule_set_can_switch_profiles()
    {
        var on = new LocalDate(2024, 9, 30);
        Assert.Same(StandardsProfiles.ManchengFiveHaves, StandardsProfiles.InForce(Congress.Domain.Rules.RuleSet.Default, on));

        var qingyuan = Congress.Domain.Rules.RuleSet.Create("清苑区")
            .WithParameter(Congress.Domain.Rules.RuleSet.StandardsProfileParameter, "qingyuan-sixiang", new LocalDate(2022, 1, 1));
        var adoptions = ProfileAdoptions.FromRuleSet(DivisionCode.Parse(Seed.QingyuanCode), qingyuan);
        Assert.Same(StandardsProfiles.QingyuanFourItems, adoptions.ProfileOn(DivisionCode.Parse(Seed.QingyuanCode), on));
        Assert.Null(adoptions.ProfileOn(DivisionCode.Parse(Seed.QingyuanCode), new LocalDate(2021, 12, 31)));

        var unknown = Congress.Domain.Rules.RuleSet.Create("x").WithParameter(Congress.Domain.Rules.RuleSet.StandardsProfileParameter, "八有", new LocalDate(2022, 1, 1));
        Assert.Equal("ruleSet", Assert.Throws<ArgumentException>(() => StandardsProfiles.InForce(unknown, on)).ParamName);
        var host = new StandardsProfile("baodong-bayou", 1, "八有", "eight haves", StandardsProfiles.GuangdongSevenHaves.Criteria);
        Assert.Same(host, StandardsProfiles.InForce(unknown, on, [host]));
    }
}
