using Congress.Domain.Congresses;
using Congress.Domain.Figures;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Domain.Interchange.Tests;

public sealed class BaodingDatasetTests
{
    private static readonly DatasetDto Baoding = BaodingDataset.Load();

    public static TheoryData<string, string, string, decimal, Qualifier, string> SeedFigures() => new()
    {
        { Seed.QingyuanCode, "qy-visits", "deputies-visited", 260, Qualifier.MoreThan, "260余人次" },
        { Seed.QingyuanCode, "qy-visits", "problems-solved", 21, Qualifier.Exact, "21个" },
        { Seed.QingyuanCode, "qy-dispatch", "dispatch-meetings", 5, Qualifier.Exact, "5次" },
        { Seed.QingyuanCode, "qy-research", "research-inspections", 24, Qualifier.Exact, "24次" },
        { Seed.QingyuanCode, "qy-stations", "voters-received", 810, Qualifier.MoreThan, "810余人次" },
        { Seed.QingyuanCode, "qy-stations", "collective-activities", 130, Qualifier.MoreThan, "130余次" },
        { Seed.QingyuanCode, "qy-stations", "suggestions", 90, Qualifier.MoreThan, "90余条" },
        { Seed.XushuiCode, "xs-investment", "investment-projects", 4, Qualifier.Exact, "4个" },
        { Seed.XushuiCode, "xs-investment", "investment-amount", 759_000_000, Qualifier.Exact, "7.59亿元" },
        { Seed.XushuiCode, "xs-investment", "investment-leads", 19, Qualifier.Exact, "19条" },
        { Seed.XushuiCode, "xs-investment", "suggestions", 22, Qualifier.Exact, "22条" },
        { Seed.XushuiCode, "xs-urban", "residents-visited", 900, Qualifier.MoreThan, "900余人次" },
        { Seed.XushuiCode, "xs-urban", "suggestions", 26, Qualifier.Exact, "26条" },
        { Seed.XushuiCode, "xs-rural", "station-activities", 60, Qualifier.MoreThan, "60余次" },
        { Seed.XushuiCode, "xs-rural", "suggestions", 70, Qualifier.MoreThan, "70多条" },
        { Seed.XushuiCode, "xs-grassroots", "suggestions", 50, Qualifier.MoreThan, "50余条" },
        { Seed.XushuiCode, "xs-supervision", "forums", 4, Qualifier.Exact, "4次" },
        { Seed.XushuiCode, "xs-supervision", "reports-heard", 4, Qualifier.Exact, "4次" },
        { Seed.XushuiCode, "xs-supervision", "sites-inspected", 9, Qualifier.Exact, "9个" },
        { Seed.XushuiCode, "xs-supervision", "problems-found", 19, Qualifier.Exact, "19条" },
        { Seed.XushuiCode, "xs-supervision", "suggestions", 19, Qualifier.Exact, "19条" },
        { Seed.ManchengCode, "mc-funds", "funds-invested", 100_000, Qualifier.MoreThan, "10万余元" },
    };

    [Fact]
    public void The_embedded_dataset_loads_without_problems()
    {
        using var stream = BaodingDataset.Open();
        var result = DatasetReader.Read(stream);

        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        Assert.Equal(Baoding, result.Dataset);
    }

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void Every_figure_of_the_seed_is_an_activity_measure_as_written(string district, string activity, string measure, decimal value, Qualifier qualifier, string asWritten)
    {
        var a = Assert.Single(Baoding.Activities, x => x.Id == activity);
        Assert.Equal(district, a.Division);
        var m = Assert.Single(a.Measures, x => x.Measure == measure && x.AsWritten == asWritten);
        Assert.Equal(value, m.Value);
        Assert.Equal(qualifier, m.Qualifier);
        Assert.True(Measures.TryFind(measure, out _));
    }

    [Fact]
    public void Every_measure_in_the_dataset_is_one_of_the_seed_figures()
    {
        var expected = SeedFigures().Select(row => ((string)row[1], (string)row[2], (string)row[5])).ToHashSet();
        var actual = Baoding.Activities.SelectMany(a => a.Measures.Select(m => (a.Id, m.Measure, m.AsWritten!))).ToHashSet();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Cumulative_figures_run_to_the_end_of_September_2024_and_the_meetings_are_dated()
    {
        Assert.All(Baoding.Activities.Where(a => a.Id.StartsWith("qy-", StringComparison.Ordinal) || a.Id.StartsWith("xs-", StringComparison.Ordinal))
            .Where(a => a.Measures.Count > 0), a => Assert.Equal(new LocalDate(2024, 9, 30), a.Date));
        Assert.Equal(ActivityKindDto.DirectorsMeeting, Assert.Single(Baoding.Activities, a => a.Date == new LocalDate(2024, 4, 10)).Kind);
        Assert.Equal(ActivityKindDto.DeploymentMeeting, Assert.Single(Baoding.Activities, a => a.Date == new LocalDate(2024, 4, 16)).Kind);
        Assert.Equal(new LocalDate(2024, 9, 30), Baoding.Provenance!.AsOf);
        Assert.Contains(Baoding.Provenance.Notes, n => n.Contains("2024 is inferred", StringComparison.Ordinal));
    }

    [Fact]
    public void Mancheng_has_its_deputies_by_level_all_generated()
    {
        int Count(CongressLevel level) => Baoding.Deputies.Count(d => d.Mandates.Any(m => m.Congress.Level == level &&
            (m.StationedIn == Seed.ManchengCode || m.Congress.Division.StartsWith(Seed.ManchengCode, StringComparison.Ordinal))));

        Assert.Equal(1, Count(CongressLevel.Provincial));
        Assert.Equal(21, Count(CongressLevel.Municipal));
        Assert.Equal(209, Count(CongressLevel.County));
        Assert.Equal(802, Count(CongressLevel.Township));
        Assert.All(Baoding.Deputies, d => Assert.True(d.Generated && d.Name is null));
    }

    [Fact]
    public void The_districts_and_the_city_have_their_real_codes_and_xiantai_is_managed_by_the_high_tech_zone()
    {
        var names = Baoding.Divisions.ToDictionary(d => d.Code, d => d.Name);
        Assert.Equal("河北省", names["130000"]);
        Assert.Equal("保定市", names[Seed.BaodingCode]);
        Assert.Equal("满城区", names[Seed.ManchengCode]);
        Assert.Equal("清苑区", names[Seed.QingyuanCode]);
        Assert.Equal("徐水区", names[Seed.XushuiCode]);
        Assert.Equal(12, Baoding.Divisions.Count(d => d.Parent == Seed.ManchengCode));
        Assert.Equal(19, Baoding.Divisions.Count(d => d.Parent == Seed.QingyuanCode));
        Assert.Equal(1, Baoding.Divisions.Count(d => d.Parent == Seed.QingyuanCode && d.Kind == DivisionKindDto.Office));
        var xiantai = Assert.Single(Baoding.Divisions, d => d.Name == "贤台乡");
        Assert.Equal(Seed.ManchengCode, xiantai.Parent);
        Assert.Equal(DivisionKindDto.FunctionalZone, Baoding.Divisions.Single(d => d.Code == xiantai.ManagedBy).Kind);
    }

    [Fact]
    public void Homes_and_stations_match_the_counts_of_each_report()
    {
        StationDto[] Of(string prefix) => Baoding.Stations.Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal)).ToArray();

        var mancheng = Of("mc-");
        Assert.Equal(16, mancheng.Count(s => s.Kind == StationKindDto.Home));
        Assert.Equal(1, mancheng.Count(s => s.Kind == StationKindDto.Home && s.Sponsor == StationSponsorDto.District));
        Assert.Equal(12, mancheng.Count(s => s.Kind == StationKindDto.Home && s.Sponsor == StationSponsorDto.Township));
        Assert.Equal(new[] { "电力电气", "生活用纸", "食品" }.Order(StringComparer.Ordinal), mancheng.Where(s => s.Sponsor == StationSponsorDto.Industry).Select(s => s.Industry!).Order(StringComparer.Ordinal));
        Assert.Equal(16, mancheng.Count(s => s.Kind == StationKindDto.Station));

        var qingyuan = Of("qy-");
        // 2010年9月: 20 homes (the standing committee's included); 2022: the 19 township-level homes raised their standard.
        Assert.Equal(20, qingyuan.Count(s => s.Kind == StationKindDto.Home &&
            s.Lifecycle.Any(e => e.State == StationStateDto.Operational && e.Date == new LocalDate(2010, 9, 1))));
        Assert.Equal(19, qingyuan.Count(s => s.Kind == StationKindDto.Home && s.Sponsor == StationSponsorDto.Township &&
            s.Lifecycle.Any(e => e.State == StationStateDto.Upgraded && e.Date.Year == 2022)));
        Assert.DoesNotContain(qingyuan, s => s.Sponsor == StationSponsorDto.District && s.Lifecycle.Any(e => e.State == StationStateDto.Upgraded));
        Assert.Equal(5, qingyuan.Count(s => s.Kind == StationKindDto.Station && s.Lifecycle.Any(e => e.State == StationStateDto.Operational && e.Date.Year == 2022)));
        Assert.Equal(["华秀苗木行业代表联络站", "大福村代表联络站"], qingyuan.Where(s => s.Lifecycle.Any(e => e.State == StationStateDto.UnderConstruction)).Select(s => s.Name).Order(StringComparer.Ordinal));

        var xushui = Of("xs-");
        Assert.Equal(21, xushui.Length);
        Assert.Equal("徐水区高端装备制造业人大代表联络站", Assert.Single(xushui, s => s.Sponsor == StationSponsorDto.Industry).Name);
    }

    [Fact]
    public void Manchengs_industry_homes_meet_the_five_criteria_with_evidence()
    {
        var industry = Baoding.Stations.Where(s => s.Id.StartsWith("mc-", StringComparison.Ordinal) && s.Sponsor == StationSponsorDto.Industry).Select(s => s.Id);
        var profile = Assert.Single(Baoding.Profiles, p => p.Name == "满城五有");
        Assert.Equal(["有场所", "有牌子", "有设施", "有制度", "有档案"], profile.Criteria.Select(c => c.Zh));
        foreach (var station in industry)
        {
            Assert.Equal(profile.Criteria.Select(c => c.Code).Order(), Baoding.Evidence.Where(e => e.Station == station).Select(e => e.Criterion).Order());
        }
    }

    [Fact]
    public void The_city_campaign_has_three_localisations_whose_focus_areas_map_onto_the_four_themes()
    {
        var city = Assert.Single(Baoding.Campaigns, c => c.Parent is null);
        Assert.Equal("建设现代化新保定、人大代表立新功", city.Name);
        Assert.Equal(Congress.Domain.Campaigns.CityThemes.BuiltIn.Select(t => t.Code), city.FocusAreas.Select(f => f.Code));
        var local = Baoding.Campaigns.Where(c => c.Parent == city.Id).ToArray();
        Assert.Equal(3, local.Length);
        Assert.Contains(local, c => c.Name == "建设品质新满城、人大代表勇担当");
        Assert.Contains(local, c => c.Name == "推动清苑高质量发展，人大代表做贡献");
        Assert.All(local, c => Assert.Equal(city.FocusAreas.Select(f => f.Code).Order(), c.FocusAreas.Select(f => f.ParentTheme!).Order()));
    }

    [Fact]
    public void Every_invented_item_says_why()
    {
        var notes = Baoding.Divisions.Where(d => d.Invented).Select(d => d.Note)
            .Concat(Baoding.Stations.Where(s => s.Invented).Select(s => s.Note))
            .Concat(Baoding.Congresses.Where(c => c.Invented).Select(c => c.Note))
            .Concat(Baoding.Profiles.Where(p => p.Invented).Select(p => p.Note))
            .Concat(Baoding.Adoptions.Where(a => a.Invented).Select(a => a.Note));

        Assert.All(notes, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.DoesNotContain(Baoding.Divisions, d => d.Code is "130000" or Seed.BaodingCode or Seed.ManchengCode or Seed.QingyuanCode or Seed.XushuiCode && d.Invented);
    }
}
