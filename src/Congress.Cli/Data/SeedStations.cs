using Congress.Domain.Divisions;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Cli.Data;

/// <summary>
/// The embedded sample of homes and stations the <c>compliance</c> verb runs on until the dataset lands: the three
/// Baoding districts of the seed reports (../shared/seed/baoding-district-reports.zh.txt).
/// </summary>
/// <remarks>
/// From the seed: 满城 has 16 homes (1 district-run, 12 township-run, 3 industry: 电力电气, 生活用纸, 食品) and 16
/// village or enterprise stations, and its three industry homes meet all five items of "五有"; 清苑 built 20 homes in
/// 2010-09 (one per township-level unit plus the standing committee's), raised the standard of the 19 township-level
/// units' homes in 2022, set up 5 stations in 2022, and 大福村代表联络站 and 华秀苗木行业代表联络站 are under construction; 徐水 has 21 homes and
/// stations, one of them an industry station (徐水区高端装备制造业人大代表联络站).
/// INVENTED, not in the seed: the nine-digit and twelve-digit codes below the districts; the names of township homes
/// and of village/enterprise stations (township names follow public gazetteers); every date except 清苑's 2010-09 and
/// 2022 and "this year" for the 食品 home and the two stations under construction (days of the month included); the split
/// of 满城's 16 stations into village and enterprise stations; the split of 徐水's 20 other homes and stations; the
/// year 2024 of "今年"; every piece of evidence except that the three 满城 industry homes meet "五有"; 清苑's adoption
/// and 满城's adoption dates; which homes lack which evidence; no money is recorded (the seed's 10万余元 is for two homes together). Replace this class by the dataset when it lands.
/// </remarks>
internal static class SeedStations
{
    /// <summary>满城区.</summary>
    public static readonly DivisionCode Mancheng = DivisionCode.Parse("130607");

    /// <summary>清苑区.</summary>
    public static readonly DivisionCode Qingyuan = DivisionCode.Parse("130608");

    /// <summary>徐水区.</summary>
    public static readonly DivisionCode Xushui = DivisionCode.Parse("130609");

    private static readonly LocalDate ThisYear = new(2024, 1, 1); // INVENTED: "今年" read as 2024.

    private static readonly string[] ManchengTownships = ["满城镇", "大册营镇", "神星镇", "南韩村镇", "方顺桥镇", "于家庄乡", "要庄乡", "白龙乡", "石井乡", "坨南乡", "刘家台乡", "贤台乡"];

    private static readonly string[] QingyuanTownships = ["清苑镇", "冉庄镇", "阳城镇", "魏村镇", "温仁镇", "张登镇", "大庄镇", "臧村镇", "望亭镇", "白团乡", "北店乡", "石桥乡", "李庄乡", "北王力乡", "东闾乡", "何桥乡", "孙村乡", "阎庄乡", "城区办事处"];

    private static readonly string[] XushuiTownships = ["安肃镇", "崔庄镇", "大因镇", "遂城镇", "高林村镇", "大王店镇", "漕河镇", "东史端镇", "留村镇", "正村乡", "户木乡", "瀑河乡", "东釜山乡", "义联庄乡"];

    private static readonly Lazy<SeedSample> Built = new(Build);

    /// <summary>The sample.</summary>
    public static SeedSample Sample => Built.Value;

    private static SeedSample Build()
    {
        var districts = new List<SeedDistrict>
        {
            BuildMancheng(),
            BuildQingyuan(),
            BuildXushui(),
        };
        var adoptions = ProfileAdoptions.Empty
            .Adopt(new ProfileAdoption(Mancheng, StandardsProfiles.ManchengFiveHaves, new LocalDate(2022, 1, 1))).Value // INVENTED date
            .Adopt(new ProfileAdoption(Qingyuan, StandardsProfiles.QingyuanFourItems, new LocalDate(2022, 1, 1))).Value; // INVENTED date; 徐水 keeps the default
        return new SeedSample(districts, adoptions);
    }

    private static SeedDistrict BuildMancheng()
    {
        var b = new DistrictBuilder(Mancheng, "满城区", ManchengTownships);
        var built = new LocalDate(2018, 6, 1); // INVENTED
        var five = StandardsProfiles.ManchengFiveHaves.Criteria.Select(c => c.Code).ToArray();
        b.Home("mc-home-district", "满城区人大常委会代表之家", Sponsor.DistrictRun, Mancheng, null, built, five);
        for (var i = 0; i < b.Townships.Count; i++)
        {
            // INVENTED: every fourth township home has not yet filed its archives.
            var items = i % 4 == 3 ? five.Where(c => c != "archives").ToArray() : five;
            b.Home($"mc-home-{i + 1:D2}", $"{b.TownshipNames[i]}人大代表之家", Sponsor.TownshipRun, b.Townships[i], null, built, items);
        }

        // From the seed: 电力电气 and 生活用纸 built with 10万余元 between them, 食品 new this year; all three meet 五有.
        b.Home("mc-home-electrical", "满城电力电气行业代表之家", Sponsor.Industry, Mancheng, Industry.ElectricalEquipment, new LocalDate(2023, 5, 1), five);
        b.Home("mc-home-paper", "满城生活用纸行业代表之家", Sponsor.Industry, Mancheng, Industry.HouseholdPaper, new LocalDate(2023, 5, 1), five);
        b.Home("mc-home-food", "满城食品行业人大代表之家", Sponsor.Industry, Mancheng, Industry.Food, ThisYear.PlusMonths(4), five);
        for (var i = 0; i < 16; i++)
        {
            // INVENTED: 12 village stations and 4 enterprise stations; every third has not yet filed its archives.
            var township = i % b.Townships.Count;
            var sponsor = i < 12 ? Sponsor.Village : Sponsor.Enterprise;
            var items = i % 3 == 0 ? five.Where(c => c != "archives").ToArray() : five;
            b.Station($"mc-station-{i + 1:D2}", $"{b.TownshipNames[township]}{(sponsor == Sponsor.Village ? "村" : "企业")}代表联络站{i + 1:D2}", sponsor, b.Village(township, i), null, built.PlusYears(2), items);
        }

        return b.Build();
    }

    private static SeedDistrict BuildQingyuan()
    {
        var b = new DistrictBuilder(Qingyuan, "清苑区", QingyuanTownships);
        var built = new LocalDate(2010, 9, 1); // seed: 2010年9月 (the day is INVENTED)
        var upgraded = new LocalDate(2022, 6, 30); // seed: 2022年, the 19 township-level units' homes (the day is INVENTED)
        var four = StandardsProfiles.QingyuanFourItems.Criteria.Select(c => c.Code).ToArray();
        b.Home("qy-home-district", "清苑区人大常委会代表之家", Sponsor.DistrictRun, Qingyuan, null, built, four);
        for (var i = 0; i < b.Townships.Count; i++)
        {
            // INVENTED: "大部分" meet the four items; two homes have not put information on the wall.
            var items = i is 4 or 11 ? four.Where(c => c != "information-posted").ToArray() : four;
            b.Home($"qy-home-{i + 1:D2}", $"{b.TownshipNames[i]}代表之家", Sponsor.TownshipRun, b.Townships[i], null, built, items, upgraded);
        }

        for (var i = 0; i < 5; i++)
        {
            b.Station($"qy-station-{i + 1:D2}", $"{b.TownshipNames[i * 3]}代表联络站", Sponsor.Village, b.Village(i * 3, i), null, upgraded, four);
        }

        // From the seed: under construction this year.
        b.Station("qy-station-dafu", "大福村代表联络站", Sponsor.Village, b.Village(7, 9), null, ThisYear.PlusMonths(2), [], LifeCycleStage.UnderConstruction);
        b.Station("qy-station-huaxiu", "华秀苗木行业代表联络站", Sponsor.Industry, Qingyuan, Industry.NurseryStock, ThisYear.PlusMonths(2), [], LifeCycleStage.UnderConstruction);
        return b.Build();
    }

    private static SeedDistrict BuildXushui()
    {
        var b = new DistrictBuilder(Xushui, "徐水区", XushuiTownships);
        var built = new LocalDate(2019, 3, 1); // INVENTED
        var five = StandardsProfiles.ManchengFiveHaves.Criteria.Select(c => c.Code).ToArray();

        // INVENTED split of the 21: 1 district-run home, 14 township homes, 5 village stations; the industry station is in the seed.
        b.Home("xs-home-district", "徐水区人大常委会代表之家", Sponsor.DistrictRun, Xushui, null, built, five);
        for (var i = 0; i < b.Townships.Count; i++)
        {
            var items = i % 5 == 2 ? five.Where(c => c != "facilities").ToArray() : five;
            b.Home($"xs-home-{i + 1:D2}", $"{b.TownshipNames[i]}人大代表之家", Sponsor.TownshipRun, b.Townships[i], null, built, items);
        }

        for (var i = 0; i < 5; i++)
        {
            b.Station($"xs-station-{i + 1:D2}", $"{b.TownshipNames[i * 2]}村人大代表联络站", Sponsor.Village, b.Village(i * 2, i), null, built.PlusYears(1), five);
        }

        b.Station("xs-station-equipment", "徐水区高端装备制造业人大代表联络站", Sponsor.Industry, Xushui, Industry.HighEndEquipment, built.PlusYears(2), five);
        return b.Build();
    }

    private sealed class DistrictBuilder(DivisionCode district, string name, string[] townshipNames)
    {
        private readonly List<LiaisonPoint> _points = [];
        private readonly Dictionary<string, EvidenceFile> _files = new(StringComparer.Ordinal);

        public string[] TownshipNames { get; } = townshipNames;

        // INVENTED codes: 1xx for towns and townships in list order, 001 for a sub-district office.
        public IReadOnlyList<DivisionCode> Townships { get; } = townshipNames
            .Select((n, i) => DivisionCode.Parse($"{district}{(n.EndsWith("办事处", StringComparison.Ordinal) ? 1 : 100 + i):D3}"))
            .ToArray();

        public DivisionCode Village(int township, int n) => DivisionCode.Parse($"{Townships[township]}{200 + n:D3}");

        public void Home(string id, string pointName, Sponsor sponsor, DivisionCode served, Industry? industry, LocalDate operational, string[] evidenced, LocalDate? upgraded = null) =>
            Add(new LiaisonPoint(id, pointName, LiaisonPointKind.Home, sponsor, served, industry, new StageChange(LifeCycleStage.Operational, operational)), operational, evidenced, upgraded);

        public void Station(string id, string pointName, Sponsor sponsor, DivisionCode served, Industry? industry, LocalDate since, string[] evidenced, LifeCycleStage stage = LifeCycleStage.Operational) =>
            Add(new LiaisonPoint(id, pointName, LiaisonPointKind.Station, sponsor, served, industry, new StageChange(stage, since)), since, evidenced, null);

        public SeedDistrict Build() => new(district, name, Townships, _points, _files);

        private void Add(LiaisonPoint point, LocalDate since, string[] evidenced, LocalDate? upgraded)
        {
            if (upgraded is { } u)
            {
                point = point.Advance(LifeCycleStage.Upgraded, u).Value;
            }

            // INVENTED evidence: filed a month after the point opened (or was upgraded), by the district standing committee's office.
            var filed = (upgraded ?? since).PlusMonths(1);
            var evidence = evidenced.Select(code => new Evidence(code, filed, "现场照片及台账", $"{name}人大常委会办公室", $"{point.Id}/{code}.jpg", "INVENTED sample evidence"));
            _points.Add(point);
            _files[point.Id] = EvidenceFile.Of(evidence);
        }
    }
}

/// <summary>The embedded sample: three districts and the profiles they adopted.</summary>
/// <param name="Districts">The districts.</param>
/// <param name="Adoptions">Their profile adoptions.</param>
internal sealed record SeedSample(IReadOnlyList<SeedDistrict> Districts, ProfileAdoptions Adoptions);

/// <summary>One district of the sample.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="TownshipUnits">Its township-level units.</param>
/// <param name="Points">Its homes and stations.</param>
/// <param name="Evidence">The evidence file of each home or station, by id.</param>
internal sealed record SeedDistrict(DivisionCode Code, string Name, IReadOnlyList<DivisionCode> TownshipUnits, IReadOnlyList<LiaisonPoint> Points, IReadOnlyDictionary<string, EvidenceFile> Evidence);
