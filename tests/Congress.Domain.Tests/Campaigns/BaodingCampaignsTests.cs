using Congress.Domain.Campaigns;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Tests.Campaigns;

public sealed class BaodingCampaignsTests
{
    [Fact]
    public void The_city_has_four_themes_with_stable_codes()
    {
        Assert.Equal(
            ["investment-enterprise", "urban-renewal", "rural-revitalisation", "grassroots-governance"],
            CityThemes.BuiltIn.Select(t => t.Code));
        Assert.True(CityThemes.TryFind("rural-revitalisation", out var rural));
        Assert.Same(CityThemes.RuralRevitalisation, rural);
        Assert.False(CityThemes.TryFind("rural", out _));
        Assert.Equal(CityThemes.BuiltIn, BaodingCampaigns.City.Themes);
    }

    [Fact]
    public void Qingyuan_four_focuses_map_onto_the_city_four_themes()
    {
        var qingyuan = BaodingCampaigns.Qingyuan;
        var mapping = qingyuan.FocusAreas.ToDictionary(f => f.WordingZh, f => f.Theme);

        Assert.Equal(CityThemes.InvestmentAndEnterprise, mapping["聚焦发展新质生产力，在推动创新引领上下功夫"]);
        Assert.Equal(CityThemes.RuralRevitalisation, mapping["聚焦推进和美乡村建设，在助力乡村振兴上下功夫"]);
        Assert.Equal(CityThemes.UrbanRenewal, mapping["聚焦深化城市有机更新，在提升城市品味上下功夫"]);
        Assert.Equal(CityThemes.GrassrootsGovernance, mapping["聚焦维护社会和谐稳定，在化解矛盾纠纷上下功夫"]);
        Assert.Equal(4, mapping.Values.Distinct().Count());
        Assert.Same(BaodingCampaigns.City, qingyuan.Parent);
        foreach (var area in qingyuan.FocusAreas)
        {
            var parent = Assert.Single(qingyuan.ParentFocusAreasOf(area));
            Assert.Equal(area.Theme, parent.Theme);
        }
    }

    [Fact]
    public void Every_seed_campaign_is_valid_and_every_district_focus_area_maps_to_exactly_one_city_theme()
    {
        Assert.Empty(BaodingCampaigns.City.Validate());
        foreach (var district in BaodingCampaigns.Districts)
        {
            Assert.Empty(district.Validate());
            Assert.Same(BaodingCampaigns.City, district.Root);
            Assert.Equal(CongressLevel.County, district.Congress.Level);
            Assert.True(district.Congress.Division.IsWithinByDigits(DivisionCode.Parse(Seed.BaodingCode)));
            Assert.All(district.FocusAreas, f => Assert.Single(district.ParentFocusAreasOf(f)));
        }
    }

    [Fact]
    public void Districts_word_the_themes_as_the_reports_do()
    {
        Assert.Equal("建设品质新满城、人大代表勇担当", BaodingCampaigns.Mancheng.NameZh);
        Assert.Equal(
            ["聚力招商引资、服务企业发展", "人民城市为人民、城市更新显担当", "助农增收促产业、乡村振兴当表率", "服务基层微治理、倾听民声解民忧"],
            BaodingCampaigns.Mancheng.FocusAreas.Select(f => f.WordingZh));
        Assert.Equal("推动清苑高质量发展，人大代表做贡献", BaodingCampaigns.Qingyuan.NameZh);
        Assert.Equal(["城市建设", "乡村振兴", "服务基层微治理"], BaodingCampaigns.Xushui.FocusAreas.Skip(1).Select(f => f.WordingZh));
        Assert.StartsWith("招商引资", BaodingCampaigns.Xushui.FocusAreas[0].WordingZh);
        Assert.Equal(new CongressKey(DivisionCode.Parse(Seed.XushuiCode), CongressLevel.County), BaodingCampaigns.Xushui.Congress);
    }

    [Fact]
    public void Mancheng_is_organised_1_4_4_and_Qingyuan_plans_1_1_4()
    {
        Assert.Equal("1+4+4", BaodingCampaigns.Mancheng.Organisation.StructureFormula);
        Assert.Equal("常委会主任", BaodingCampaigns.Mancheng.Organisation.LeadingGroup!.Head);
        Assert.Equal("1+1+4", BaodingCampaigns.Qingyuan.Organisation.PlanFormula);
        Assert.Equal("0+0+0", BaodingCampaigns.Qingyuan.Organisation.StructureFormula);
        Assert.Equal(
            [new LocalDate(2024, 4, 10), new LocalDate(2024, 4, 16)],
            BaodingCampaigns.Qingyuan.Organisation.KeyMeetings.Select(m => m.Date));
        Assert.Equal(["分层负责制", "月活动、总结报告制度", "微信跟踪指导"], BaodingCampaigns.Xushui.Organisation.Mechanisms);
    }

    [Fact]
    public void Qingyuan_five_dispatch_meetings_by_the_end_of_September_miss_no_month()
    {
        var schedule = BaodingCampaigns.Qingyuan.Organisation.Dispatch!;
        foreach (var month in Enumerable.Range(5, 5))
        {
            schedule = schedule.WithMeeting(new LocalDate(2024, month, 25));
        }

        var campaign = BaodingCampaigns.Qingyuan.WithOrganisation(BaodingCampaigns.Qingyuan.Organisation.WithDispatch(schedule));
        var endOfSeptember = new LocalDate(2024, 9, 30);

        Assert.Equal(5, schedule.HeldBy(endOfSeptember));
        Assert.Empty(CampaignRules.CheckDispatch(campaign, endOfSeptember));
        Assert.Empty(campaign.Validate());
        Assert.Empty(BaodingCampaigns.Qingyuan.Organisation.Dispatch!.Held);
    }

    [Fact]
    public void A_month_without_a_dispatch_meeting_is_reported_once_it_has_ended()
    {
        var schedule = new DispatchSchedule(new YearMonth(2024, 5), new YearMonth(2024, 12), [new LocalDate(2024, 5, 20), new LocalDate(2024, 7, 2)]);
        var campaign = BaodingCampaigns.Qingyuan.WithOrganisation(BaodingCampaigns.Qingyuan.Organisation.WithDispatch(schedule));

        Assert.Empty(CampaignRules.CheckDispatch(campaign, new LocalDate(2024, 6, 30)));
        var violation = Assert.Single(CampaignRules.CheckDispatch(campaign, new LocalDate(2024, 7, 1)));
        Assert.Equal("CD-CMP-010", violation.Code);
        Assert.Equal("2024-06未召开调度会", violation.Message());
        Assert.Equal(["2024-06", "2024-08"], schedule.MissedMonths(new LocalDate(2024, 9, 1)).Select(m => $"{m.Year}-{m.Month:00}"));
    }
}
