using System.Text.Json;
using Congress.Cli.Data;
using Congress.Domain.Stations;
using Congress.Domain.Testing;
using NodaTime;

namespace Congress.Cli.Tests;

public sealed class ComplianceCommandTests
{
    private static SeedDistrict District(string code) => SeedStations.Sample.Districts.Single(d => d.Code.ToString() == code);

    private static JsonElement[] Json(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(["compliance", "--format", "json", .. args]);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
    }

    [Fact]
    public void Mancheng_has_16_homes_1_district_12_township_3_industry_and_16_stations()
    {
        var points = District(Seed.ManchengCode).Points;
        var homes = points.Where(p => p.Kind == LiaisonPointKind.Home).ToArray();

        Assert.Equal(16, homes.Length);
        Assert.Equal(1, homes.Count(h => h.Sponsor == Sponsor.DistrictRun));
        Assert.Equal(12, homes.Count(h => h.Sponsor == Sponsor.TownshipRun));
        Assert.Equal(["电力电气", "生活用纸", "食品"], homes.Where(h => h.Sponsor == Sponsor.Industry).Select(h => h.Industry!.NameZh));
        Assert.Equal(16, points.Count(p => p.Kind == LiaisonPointKind.Station && p.Sponsor is Sponsor.Village or Sponsor.Enterprise));
    }

    [Fact]
    public void Manchengs_three_industry_homes_meet_all_five_items()
    {
        var industry = Json("--on", "2024-10-01").Where(o => o.GetProperty("district").GetString() == Seed.ManchengCode && o.TryGetProperty("industry", out _)).ToArray();

        Assert.Equal(3, industry.Length);
        Assert.All(industry, o =>
        {
            Assert.Equal("mancheng-wuyou", o.GetProperty("profile").GetString());
            Assert.True(o.GetProperty("compliant").GetBoolean());
            Assert.Equal(["site", "sign", "facilities", "rules", "archives"], o.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
            Assert.All(o.GetProperty("criteria").EnumerateArray(), c => Assert.Equal("met", c.GetProperty("status").GetString()));
        });
    }

    [Fact]
    public void Qingyuan_has_20_homes_from_2010_5_stations_from_2022_and_2_under_construction()
    {
        var qingyuan = District(Seed.QingyuanCode);
        var homes = qingyuan.Points.Where(p => p.Kind == LiaisonPointKind.Home).ToArray();
        var stations = qingyuan.Points.Where(p => p.Kind == LiaisonPointKind.Station).ToArray();

        Assert.Equal(20, homes.Length);
        Assert.All(homes, h => Assert.Equal(new YearMonth(2010, 9), h.Stages[0].On.ToYearMonth()));
        Assert.Equal(1, homes.Count(h => h.Sponsor == Sponsor.DistrictRun));
        Assert.All(homes.Where(h => h.Sponsor == Sponsor.TownshipRun), h => Assert.Equal(2022, h.Stages.Single(s => s.Stage == LifeCycleStage.Upgraded).On.Year));
        // The seed raised the 19 township-level units' homes in 2022; the Baoding dataset also marks the standing committee's
        // own home upgraded (generate-baoding.py gives all 20 the same life cycle), which the seed does not say.
        Assert.Equal(19, homes.Count(h => h.Sponsor == Sponsor.TownshipRun && h.Stage == LifeCycleStage.Upgraded));
        Assert.Equal(19, qingyuan.TownshipUnits.Count);
        Assert.Equal(5, stations.Count(s => s.Stage == LifeCycleStage.Operational && s.Stages[0].On.Year == 2022));
        Assert.Equal(["大福村代表联络站", "华秀苗木行业代表联络站"], stations.Where(s => s.Stage == LifeCycleStage.UnderConstruction).Select(s => s.Name));
    }

    [Fact]
    public void Xushui_has_21_homes_and_stations_one_of_them_an_industry_station()
    {
        var points = District(Seed.XushuiCode).Points;

        Assert.Equal(21, points.Count);
        Assert.Equal("徐水区高端装备制造业人大代表联络站", Assert.Single(points, p => p.Sponsor == Sponsor.Industry).Name);
    }

    [Fact]
    public void Json_holds_one_object_per_home_or_station_with_its_criteria()
    {
        var rows = Json("--on", "2024-10-01");

        Assert.Equal(SeedStations.Sample.Districts.Sum(d => d.Points.Count), rows.Length);
        Assert.All(rows, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("name").GetString()));
            Assert.Matches(@"^\d{6}(\d{3}){0,2}$", o.GetProperty("division").GetString());
            Assert.Contains(o.GetProperty("kind").GetString(), new[] { "home", "station" });
            var criteria = o.GetProperty("criteria").EnumerateArray().ToArray();
            Assert.NotEmpty(criteria);
            Assert.All(criteria, c => Assert.Contains(c.GetProperty("status").GetString(), new[] { "met", "unmet", "noEvidence" }));
            Assert.All(criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));
            Assert.Equal(criteria.All(c => c.GetProperty("status").GetString() == "met"), o.GetProperty("compliant").GetBoolean());
        });
        Assert.Equal("qingyuan-sixiang", rows.First(o => o.GetProperty("district").GetString() == Seed.QingyuanCode).GetProperty("profile").GetString());
        var dafu = rows.Single(o => o.GetProperty("name").GetString() == "大福村代表联络站");
        Assert.False(dafu.GetProperty("compliant").GetBoolean());
        Assert.Equal("underConstruction", dafu.GetProperty("stage").GetString());
    }

    [Fact]
    public void The_profile_option_overrides_the_adopted_profile_and_the_date_cuts_off_later_evidence()
    {
        var seven = Json("--on", "2024-10-01", "--profile", "guangdong-qiyou");
        Assert.All(seven, o => Assert.Equal("guangdong-qiyou", o.GetProperty("profile").GetString()));
        Assert.All(seven, o => Assert.False(o.GetProperty("compliant").GetBoolean()));

        var early = Json("--on", "2010-09-30");
        Assert.All(early, o => Assert.False(o.GetProperty("compliant").GetBoolean()));
        Assert.All(early.SelectMany(o => o.GetProperty("criteria").EnumerateArray()), c => Assert.Equal("noEvidence", c.GetProperty("status").GetString()));
    }

    [Fact]
    public void Text_lists_every_district_with_its_township_coverage()
    {
        var (code, output, error) = CliRunner.Run("compliance", "--on", "2024-10-01");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("满城区（130607）：家站32个", output);
        Assert.Contains("代表之家覆盖19/19", output);
        Assert.Contains("徐水区高端装备制造业人大代表联络站", output);
    }

    [Fact]
    public void A_dataset_file_is_judged_and_an_unusable_one_exits_2_in_at_most_three_lines()
    {
        var dir = Directory.CreateTempSubdirectory("congress-compliance-").FullName;
        try
        {
            var good = Path.Combine(dir, "baoding.json");
            using (var embedded = Congress.Domain.Interchange.BaodingDataset.Open())
            using (var file = File.Create(good))
            {
                embedded.CopyTo(file);
            }

            var (code, output, error) = CliRunner.Run("compliance", "--dataset", good, "--on", "2024-10-01", "--format", "json");
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Assert.Equal(SeedStations.Sample.Districts.Sum(d => d.Points.Count), JsonDocument.Parse(output).RootElement.GetArrayLength());

            var bad = Path.Combine(dir, "bad.json");
            File.WriteAllText(bad, "{\"formatVersion\": 2");
            (code, output, error) = CliRunner.Run("compliance", "--dataset", bad);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.InRange(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 1, 3);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_dataset_holds_the_whole_embedded_sample()
    {
        var sample = SeedStations.Sample;

        Assert.Equal([Seed.ManchengCode, Seed.QingyuanCode, Seed.XushuiCode], sample.Districts.Select(d => d.Code.ToString()));
        Assert.Equal([32, 27, 21], sample.Districts.Select(d => d.Points.Count));
        Assert.Equal([12, 19, 14], sample.Districts.Select(d => d.TownshipUnits.Count));
    }

    [Theory]
    [InlineData("--on", "2024-13-01")]
    [InlineData("--profile", "八有")]
    [InlineData("--format", "xml")]
    public void Bad_arguments_exit_2_with_one_line(string option, string value)
    {
        var (code, output, error) = CliRunner.Run("compliance", option, value);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("congress: ", error);
    }

    [Theory]
    [InlineData("2024-09-29T15:59:00Z", false)]
    [InlineData("2024-09-29T16:00:00Z", true)]
    public void Without_on_the_clock_gives_the_date_in_China(string instant, bool foodHomeCompliant)
    {
        // The 食品 home's evidence is dated 2024-09-30 (截至9月底, the year inferred), which starts at 2024-09-29T16:00Z in China.
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Text.InstantPattern.ExtendedIso.Parse(instant).Value);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new System.CommandLine.RootCommand();
        root.Subcommands.Add(new Commands.ComplianceCommand(clock).Create(new CliContext(output, error)));

        var code = root.Parse(["compliance", "--format", "json"]).Invoke();

        Assert.Equal(0, code);
        var food = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "满城食品行业人大代表之家");
        Assert.Equal(foodHomeCompliant, food.GetProperty("compliant").GetBoolean());
    }
}
