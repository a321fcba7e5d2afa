using System.Globalization;
using Congress.Domain.Campaigns;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Campaigns;

public sealed class CampaignRulesTests
{
    private static readonly DateInterval Year2024 = new(new LocalDate(2024, 4, 1), new LocalDate(2024, 12, 31));
    private static readonly DivisionCode Xushui = DivisionCode.Parse(Seed.XushuiCode);

    private static Campaign Localise(IEnumerable<FocusArea> areas, DivisionCode? division = null, CongressLevel level = CongressLevel.County, DateInterval? period = null, CampaignOrganisation? organisation = null) =>
        new("test", "测试活动", new CongressKey(division ?? Xushui, level), period ?? Year2024, areas, BaodingCampaigns.City, organisation);

    private static FocusArea Area(string code, CityTheme theme) => new(code, "重点" + code, theme);

    private static IEnumerable<FocusArea> AllFour() => CityThemes.BuiltIn.Select(t => Area(t.Code, t));

    [Fact]
    public void A_focus_area_on_a_theme_the_city_lacks_is_CD_CMP_001()
    {
        var campaign = Localise([.. AllFour(), Area("tourism", CampaignArbitraries.ForeignTheme)]);
        var violation = Assert.Single(campaign.Validate());
        Assert.Equal("CD-CMP-001", violation.Code);
        Assert.Equal("test", violation.Subject);
        Assert.Equal("Focus area 'tourism' maps to theme 'foreign', which the parent campaign 'baoding-lixingong' does not have", violation.Message(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_parent_wording_a_theme_twice_makes_the_mapping_ambiguous_CD_CMP_002()
    {
        var parent = new Campaign("p", "上级", new CongressKey(DivisionCode.Parse(Seed.BaodingCode), CongressLevel.Municipal), Year2024, [.. AllFour(), Area("rural-2", CityThemes.RuralRevitalisation)]);
        var child = new Campaign("c", "本级", new CongressKey(Xushui, CongressLevel.County), Year2024, [Area("rural", CityThemes.RuralRevitalisation)], parent);

        var codes = child.Validate().Select(v => v.Code).ToArray();

        Assert.Contains("CD-CMP-002", codes);
        Assert.Equal(2, child.ParentFocusAreasOf(child.FocusAreas[0]).Count);
    }

    [Fact]
    public void A_city_theme_left_out_is_a_CD_CMP_003_warning()
    {
        var violation = Assert.Single(Localise(AllFour().Take(3)).Validate());
        Assert.Equal("CD-CMP-003", violation.Code);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
        Assert.Equal(CityThemes.GrassrootsGovernance.Code, violation.Arguments[0]);
    }

    [Fact]
    public void A_period_outside_the_city_campaign_is_CD_CMP_004()
    {
        var late = new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2025, 1, 31));
        var violation = Assert.Single(Localise(AllFour(), period: late).Validate());
        Assert.Equal("CD-CMP-004", violation.Code);
        Assert.Equal("活动期间2024-04-01/2025-01-31不在上级实践活动期间2024-03-01/2024-12-31之内", violation.Message());
    }

    [Theory]
    [InlineData("130609", CongressLevel.Municipal)]
    [InlineData("130709", CongressLevel.County)]
    [InlineData("130600", CongressLevel.Municipal)]
    public void An_owning_congress_not_below_the_city_is_CD_CMP_005(string division, CongressLevel level) =>
        Assert.Equal("CD-CMP-005", Assert.Single(Localise(AllFour(), DivisionCode.Parse(division), level).Validate()).Code);

    [Fact]
    public void Organisation_rules_check_townships_directors_meetings_and_work_teams()
    {
        var inside = DivisionCode.Parse("130609100");
        var other = DivisionCode.Parse("130609101");
        var outside = DivisionCode.Parse("130608100");
        var organisation = new CampaignOrganisation(
            workTeams: [new WorkTeam("招商专班", "investment-enterprise"), new WorkTeam("旅游专班", "tourism")],
            guidanceGroups: [new GuidanceGroup("指导组1", [inside, outside]), new GuidanceGroup("指导组2", [inside, other])],
            liaisons: [new DirectorLiaison("主任", [inside]), new DirectorLiaison("副主任", [inside, other])],
            dispatch: new DispatchSchedule(new YearMonth(2024, 5), new YearMonth(2024, 12), [new LocalDate(2025, 1, 5)]),
            keyMeetings: [new CampaignMeeting(new LocalDate(2024, 3, 15), "动员部署会")]);

        var violations = Localise(AllFour(), organisation: organisation).Validate();

        Assert.Equal(
            ["CD-CMP-006", "CD-CMP-007", "CD-CMP-008", "CD-CMP-009", "CD-CMP-009", "CD-CMP-011"],
            violations.Select(v => v.Code).Order(StringComparer.Ordinal));
        Assert.Equal("乡镇130609100由2位主任同时包联", violations.First(v => v.Code == "CD-CMP-008").Message());
        Assert.Null(organisation.LiaisonFor(inside));
        Assert.Equal("副主任", organisation.LiaisonFor(other)!.Director);
    }

    [Fact]
    public void A_county_code_in_a_guidance_group_is_not_a_township()
    {
        var organisation = new CampaignOrganisation(guidanceGroups: [new GuidanceGroup("指导组1", [Xushui])]);
        Assert.Equal("CD-CMP-006", Assert.Single(Localise(AllFour(), organisation: organisation).Validate()).Code);
    }

    [Fact]
    public void Malformed_arguments_throw_with_the_parameter_name()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new FocusArea("Rural Area", "乡村振兴", CityThemes.RuralRevitalisation)).ParamName);
        Assert.Equal("focusAreas", Assert.Throws<ArgumentException>(() => Localise([Area("a", CityThemes.UrbanRenewal), Area("a", CityThemes.RuralRevitalisation)])).ParamName);
        Assert.Equal("focusAreas", Assert.Throws<ArgumentException>(() => Localise([])).ParamName);
        Assert.Equal("congress", Assert.Throws<ArgumentException>(() => new Campaign("x", "x", default, Year2024, AllFour())).ParamName);
        Assert.Equal("lastMonth", Assert.Throws<ArgumentException>(() => new DispatchSchedule(new YearMonth(2024, 5), new YearMonth(2024, 4))).ParamName);
        Assert.Equal("townships", Assert.Throws<ArgumentException>(() => new GuidanceGroup("组", [DivisionCode.None])).ParamName);
    }

    [Fact]
    public void A_district_rule_set_switches_rules_off()
    {
        var campaign = Localise(AllFour().Take(3));
        Assert.Single(campaign.Validate(RuleSet.Default));
        Assert.Empty(campaign.Validate(RuleSet.Create("徐水区").Disable("CD-CMP-003")));
    }

    [Fact]
    public void Every_campaign_rule_is_in_the_catalogue_with_both_languages()
    {
        var codes = RuleCatalogue.BuiltIn.Where(r => r.Code.StartsWith("CD-CMP-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(11, codes.Length);
        Assert.All(codes, r => Assert.NotEqual(r.MessageZh, r.MessageEn));
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 300)]
    public Property Every_localised_focus_area_maps_to_exactly_one_parent_theme_or_is_reported(CampaignArbitraries.Localisation l)
    {
        var violations = l.Child.Validate();
        return l.Child.FocusAreas.All(area =>
        {
            var matches = l.Child.ParentFocusAreasOf(area).Count;
            var reported = violations.Any(v => v.Code is "CD-CMP-001" or "CD-CMP-002" && v.Arguments[0] == area.Code);
            return (matches == 1) != reported;
        }).Label("exactly one parent theme, or a CD-CMP-001/002 violation");
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 300)]
    public bool A_localisation_with_no_mapping_violation_rolls_every_area_up_to_one_theme(CampaignArbitraries.Localisation l) =>
        l.Child.Validate().Any(v => v.Code is "CD-CMP-001" or "CD-CMP-002")
        || l.Child.FocusAreas.All(a => l.Child.ParentFocusAreasOf(a).Select(p => p.Theme).SequenceEqual([a.Theme]));
}
