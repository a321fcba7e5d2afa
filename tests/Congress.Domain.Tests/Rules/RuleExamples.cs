using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Quotas;
using Congress.Domain.Rules;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using Congress.Domain.Suggestions;
using Congress.Domain.Testing;
using Congress.Domain.Tests.Divisions;
using NodaTime;

namespace Congress.Domain.Tests.Rules;

/// <summary>One passing and one failing example of a rule, each checked through the public API.</summary>
/// <param name="Passing">Yields no violation of the rule.</param>
/// <param name="Failing">Yields violations of the rule and of no other.</param>
internal sealed record RuleExample(Func<IEnumerable<RuleViolation>> Passing, Func<IEnumerable<RuleViolation>> Failing);

/// <summary>
/// The table of examples, keyed by rule code: every catalogued rule has one here, or is listed as
/// <see cref="Unreachable"/> with the reason no public API path produces it.
/// </summary>
internal static class RuleExamples
{
    /// <summary>Rules no public API path can produce, with the reason; each one points to a dead rule.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unreachable = new Dictionary<string, string>();

    private static readonly IClock Clock = CampaignArbitraries.TodayClock();
    private static readonly LocalDate TermStart = new(2021, 9, 1);
    private static readonly LocalDate Day = new(2024, 9, 30);
    private static readonly LocalDate Opened = new(2020, 1, 1);
    private static readonly DivisionCode Township = DivisionCode.Parse("130607100");
    private static readonly DivisionCode Xushui = DivisionCode.Parse(Seed.XushuiCode);
    private static readonly DivisionCode XushuiTown = DivisionCode.Parse("130609100");
    private static readonly DivisionCode XushuiOtherTown = DivisionCode.Parse("130609101");
    private static readonly DateInterval Year2024 = new(new LocalDate(2024, 4, 1), new LocalDate(2024, 12, 31));

    private static readonly LocalDate Filed = new(2024, 6, 30);
    private static readonly CongressKey ManchengKey = new(Baoding.Mancheng, CongressLevel.County);
    private static readonly DivisionCode XiantaiUnit = DivisionCode.Parse("130607111");
    private static readonly LiaisonPoint XiantaiHome = new("mc-xiantai", "贤台乡人大代表之家", LiaisonPointKind.Home, Sponsor.TownshipRun, XiantaiUnit, null, new StageChange(LifeCycleStage.Operational, Opened));
    private static readonly LiaisonPoint DistrictHome = new("mc-district", "满城区人大常委会代表之家", LiaisonPointKind.Home, Sponsor.DistrictRun, Baoding.Mancheng, null, new StageChange(LifeCycleStage.Operational, Opened));
    private static readonly LiaisonDeputy DistrictDeputy = new(new DeputyId("d-209"), CongressLevel.County, Baoding.Mancheng);
    private static readonly LiaisonDeputy TownshipDeputy = new(new DeputyId("t-802"), CongressLevel.Township, XiantaiUnit);

    /// <summary>The examples, by rule code.</summary>
    public static readonly IReadOnlyDictionary<string, RuleExample> ByCode = new Dictionary<string, RuleExample>
    {
        // Divisions: DivisionHierarchyBuilder.Build.
        ["CD-DIV-001"] = new(
            () => Build(Baoding.Divisions()),
            () => Build([.. Baoding.Divisions(), new Division(Baoding.City, "保定", DivisionKind.PrefectureCity, Baoding.Hebei)])),
        ["CD-DIV-002"] = new(
            () => Build(Baoding.Divisions()),
            () => Build(Baoding.Divisions().Where(d => d.Code != Baoding.City))),
        ["CD-DIV-003"] = new(
            () => Build([.. Baoding.Divisions(), new Division(XushuiTown, "安肃镇", DivisionKind.Town, Xushui)]),
            () => Build([.. Baoding.Divisions(), new Division(XushuiTown, "安肃镇", DivisionKind.Town, Baoding.Mancheng)])),
        ["CD-DIV-004"] = new(
            () => Build([.. Baoding.Divisions(), new Division(DivisionCode.Parse("130610"), "新区", DivisionKind.District, Baoding.City)]),
            () => Build([.. Baoding.Divisions(), new Division(DivisionCode.Parse("130610"), "新区", DivisionKind.Town, Baoding.City)])),
        ["CD-DIV-005"] = new(
            () => Build([.. Baoding.Divisions(), new Division(DivisionCode.Parse("130610"), "新区", DivisionKind.District, Baoding.City, Baoding.HighTechZone)]),
            () => Build([.. Baoding.Divisions(), new Division(DivisionCode.Parse("130610"), "新区", DivisionKind.District, Baoding.City, DivisionCode.Parse("130672"))])),
        ["CD-DIV-006"] = new(
            () => Build(Baoding.Divisions()),
            () => Build([.. Baoding.Divisions(), new Division(DivisionCode.Parse("130610"), "新区", DivisionKind.District, DivisionCode.None)])),

        // Congresses: PeoplesCongress.Of / WithTerm.
        ["CD-CNG-001"] = new(
            () => CongressRules.CheckHasCongress(Baoding.Hierarchy()[Baoding.Xiantai], CongressLevel.Township),
            () => CongressRules.CheckHasCongress(Baoding.Hierarchy()[Baoding.QingyuanOffice], CongressLevel.Township)),
        ["CD-CNG-002"] = new(
            () => ManchengCongress().WithTerm(CongressTerm.FiveYears(17, TermStart)).Violations,
            () => ManchengCongress().WithTerm(new CongressTerm(17, new DateInterval(TermStart, TermStart.PlusYears(7)))).Violations),
        ["CD-CNG-003"] = new(
            () => ManchengCongress().WithTerm(CongressTerm.FiveYears(17, TermStart)).Congress.WithTerm(CongressTerm.FiveYears(18, TermStart.PlusYears(5))).Violations,
            () => ManchengCongress().WithTerm(CongressTerm.FiveYears(17, TermStart)).Congress.WithTerm(CongressTerm.FiveYears(18, TermStart.PlusYears(4))).Violations),

        // Deputies: MandateRules.Check, MandateRegister.Add.
        ["CD-MND-001"] = new(
            () => MandateRules.Check(Direct("p1", new CongressKey(Baoding.Mancheng, CongressLevel.County), Township), Baoding.Hierarchy()),
            () => MandateRules.Check(Direct("p1", new CongressKey(DivisionCode.Parse("130699"), CongressLevel.County), Baoding.Mancheng), Baoding.Hierarchy())),
        ["CD-MND-002"] = new(
            () => TwoMandates(TermStart.PlusYears(1), ended: true),
            () => TwoMandates(TermStart.PlusYears(1), ended: false)),
        ["CD-MND-003"] = new(
            () => MandateRules.Check(Municipal(MandateSource.ElectingCongress, Baoding.Mancheng), Baoding.Hierarchy()),
            () => MandateRules.Check(Municipal(MandateSource.ElectoralDistrict, Baoding.Mancheng), Baoding.Hierarchy())),
        ["CD-MND-004"] = new(
            () => ElectoralDistrictOf(3),
            () => ElectoralDistrictOf(4)),
        ["CD-MND-005"] = new(
            () => MandateRules.Check(Direct("p1", new CongressKey(Township, CongressLevel.Township), Township), Baoding.Hierarchy()),
            () => MandateRules.Check(Direct("p1", new CongressKey(Baoding.QingyuanOffice, CongressLevel.Township), Baoding.QingyuanOffice), Baoding.Hierarchy())),
        ["CD-MND-006"] = new(
            () => MandateRules.Check(Direct("p1", new CongressKey(Baoding.Mancheng, CongressLevel.County), Township), Baoding.Hierarchy()),
            () => MandateRules.Check(Direct("p1", new CongressKey(Baoding.Mancheng, CongressLevel.County), Baoding.Qingyuan), Baoding.Hierarchy())),
        ["CD-MND-007"] = new(
            () => MandateRules.CheckWithinTerm(InTerm17(), ManchengCongress().WithTerm(CongressTerm.FiveYears(17, TermStart)).Congress),
            () => MandateRules.CheckWithinTerm(InTerm17().EndedOn(TermStart.PlusYears(6), MandateEndReason.Other), ManchengCongress().WithTerm(CongressTerm.FiveYears(17, TermStart)).Congress)),

        // Quotas: QuotaRules.
        ["CD-QTA-001"] = new(
            () => QuotaRules.CheckSeatsFilled(ManchengKey, Day, 209, SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 420_000, Day)),
            () => QuotaRules.CheckSeatsFilled(ManchengKey, Day, 225, SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 420_000, Day))),
        ["CD-QTA-002"] = new(
            () => QuotaRules.CheckDeterminedTotal(ManchengKey, 200, SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 300_000, Day)),
            () => QuotaRules.CheckDeterminedTotal(ManchengKey, 100, SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 300_000, Day))),

        // Stations: LiaisonPoint.Advance, AssignmentRegister, DistrictCoverage.
        ["CD-STN-001"] = new(
            () => Building().Advance(LifeCycleStage.Operational, new LocalDate(2024, 4, 1)).Violations,
            () => Building().Advance(LifeCycleStage.Planned, new LocalDate(2024, 4, 1)).Violations),
        ["CD-STN-002"] = new(
            () => Building().Advance(LifeCycleStage.Operational, new LocalDate(2024, 3, 1)).Violations,
            () => Building().Advance(LifeCycleStage.Operational, new LocalDate(2024, 2, 1)).Violations),
        ["CD-STN-003"] = new(
            () => QingyuanCoverage(lastHomeBuilt: true, withMunicipal: false),
            () => QingyuanCoverage(lastHomeBuilt: false, withMunicipal: false)),
        ["CD-ASG-001"] = new(
            () => AssignedToXiantai().End(DistrictDeputy.Deputy, new LocalDate(2024, 5, 1)).Value.Assign(DistrictDeputy, DistrictHome, new LocalDate(2024, 5, 1)).Violations,
            () => AssignedToXiantai().Assign(DistrictDeputy, DistrictHome, new LocalDate(2024, 5, 1)).Violations),
        ["CD-ASG-002"] = new(
            () => AssignmentRegister.Empty.Assign(TownshipDeputy, XiantaiHome, new LocalDate(2024, 4, 16)).Violations,
            () => AssignmentRegister.Empty.Assign(TownshipDeputy, DistrictHome, new LocalDate(2024, 4, 16)).Violations),
        ["CD-ASG-003"] = new(
            () => AssignmentRegister.Empty.Assign(TownshipDeputy, XiantaiStation(LifeCycleStage.Operational), new LocalDate(2024, 4, 16)).Violations,
            () => AssignmentRegister.Empty.Assign(TownshipDeputy, XiantaiStation(LifeCycleStage.UnderConstruction), new LocalDate(2024, 4, 16)).Violations),
        ["CD-ASG-004"] = new(
            () => AssignedToXiantai().End(DistrictDeputy.Deputy, new LocalDate(2024, 6, 1)).Violations,
            () => AssignedToXiantai().End(DistrictDeputy.Deputy, new LocalDate(2024, 6, 1)).Value.End(DistrictDeputy.Deputy, new LocalDate(2024, 7, 1)).Violations),
        ["CD-ASG-005"] = new(
            () => AssignedToXiantai().End(DistrictDeputy.Deputy, new LocalDate(2024, 4, 17)).Violations,
            () => AssignedToXiantai().End(DistrictDeputy.Deputy, new LocalDate(2024, 4, 16)).Violations),
        ["CD-ASG-006"] = new(
            () => QingyuanCoverage(lastHomeBuilt: true, withMunicipal: false),
            () => QingyuanCoverage(lastHomeBuilt: true, withMunicipal: true)),
        ["CD-ASG-007"] = new(
            () => AssignmentRegister.Empty.AssignUnder(ManchengMandate(end: null), XiantaiHome, Day).Violations,
            () => AssignmentRegister.Empty.AssignUnder(ManchengMandate(end: new LocalDate(2023, 12, 31)), XiantaiHome, Day).Violations),

        // Standards: ComplianceJudge, ProfileAdoptions.Adopt.
        ["CD-STD-001"] = new(
            () => ComplianceJudge.Judge("满城电力电气行业代表之家", StandardsProfiles.ManchengFiveHaves, AllFive(), Filed).Violations,
            () => ComplianceJudge.Judge("满城电力电气行业代表之家", StandardsProfiles.ManchengFiveHaves, AllFive(), Filed.PlusDays(-1)).Violations),
        ["CD-STD-002"] = new(
            () => ComplianceJudge.Judge("站", StandardsProfiles.GuangdongSevenHaves, SevenHaves(), Filed.PlusYears(1).PlusDays(-1)).Violations,
            () => ComplianceJudge.Judge("站", StandardsProfiles.GuangdongSevenHaves, SevenHaves(), Filed.PlusYears(1)).Violations),
        ["CD-STD-003"] = new(
            () => ComplianceJudge.Judge("站", StandardsProfiles.ManchengFiveHaves, Inspected().With(new Evidence("sign", new LocalDate(2024, 8, 20), "新门牌照片", "乡镇人大", "sign-new.jpg")), new LocalDate(2024, 8, 20)).Violations,
            () => ComplianceJudge.Judge("站", StandardsProfiles.ManchengFiveHaves, Inspected(), new LocalDate(2024, 8, 2)).Violations),
        ["CD-STD-004"] = new(
            () => QingyuanAdoptions().Adopt(new ProfileAdoption(DivisionCode.Parse(Seed.QingyuanCode), StandardsProfiles.GuangdongSevenHaves, new LocalDate(2023, 1, 1))).Violations,
            () => QingyuanAdoptions().Adopt(new ProfileAdoption(DivisionCode.Parse(Seed.QingyuanCode), StandardsProfiles.GuangdongSevenHaves, new LocalDate(2022, 1, 1))).Violations),

        // Campaigns: Campaign.Validate, CampaignRules.CheckDispatch.
        ["CD-CMP-001"] = new(
            () => Localise(AllFour()).Validate(),
            () => Localise([.. AllFour(), Area("tourism", CampaignArbitraries.ForeignTheme)]).Validate()),
        ["CD-CMP-002"] = new(
            () => new Campaign("c", "本级", new CongressKey(Xushui, CongressLevel.County), Year2024, AllFour(), CityParent(twice: false)).Validate(),
            () => new Campaign("c", "本级", new CongressKey(Xushui, CongressLevel.County), Year2024, AllFour(), CityParent(twice: true)).Validate()),
        ["CD-CMP-003"] = new(
            () => Localise(AllFour()).Validate(),
            () => Localise(AllFour().Take(3)).Validate()),
        ["CD-CMP-004"] = new(
            () => Localise(AllFour()).Validate(),
            () => Localise(AllFour(), period: new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2025, 1, 31))).Validate()),
        ["CD-CMP-005"] = new(
            () => Localise(AllFour()).Validate(),
            () => Localise(AllFour(), DivisionCode.Parse("130709")).Validate()),
        ["CD-CMP-006"] = new(
            () => Localise(AllFour(), organisation: new CampaignOrganisation(guidanceGroups: [new GuidanceGroup("指导组1", [XushuiTown])])).Validate(),
            () => Localise(AllFour(), organisation: new CampaignOrganisation(guidanceGroups: [new GuidanceGroup("指导组1", [DivisionCode.Parse("130608100")])])).Validate()),
        ["CD-CMP-007"] = new(
            () => Localise(AllFour(), organisation: new CampaignOrganisation(guidanceGroups: [new GuidanceGroup("指导组1", [XushuiTown]), new GuidanceGroup("指导组2", [XushuiOtherTown])])).Validate(),
            () => Localise(AllFour(), organisation: new CampaignOrganisation(guidanceGroups: [new GuidanceGroup("指导组1", [XushuiTown]), new GuidanceGroup("指导组2", [XushuiTown])])).Validate()),
        ["CD-CMP-008"] = new(
            () => Localise(AllFour(), organisation: new CampaignOrganisation(liaisons: [new DirectorLiaison("主任", [XushuiTown]), new DirectorLiaison("副主任", [XushuiOtherTown])])).Validate(),
            () => Localise(AllFour(), organisation: new CampaignOrganisation(liaisons: [new DirectorLiaison("主任", [XushuiTown]), new DirectorLiaison("副主任", [XushuiTown])])).Validate()),
        ["CD-CMP-009"] = new(
            () => Localise(AllFour(), organisation: new CampaignOrganisation(keyMeetings: [new CampaignMeeting(new LocalDate(2024, 4, 15), "动员部署会")])).Validate(),
            () => Localise(AllFour(), organisation: new CampaignOrganisation(keyMeetings: [new CampaignMeeting(new LocalDate(2024, 3, 15), "动员部署会")])).Validate()),
        ["CD-CMP-010"] = new(
            () => CampaignRules.CheckDispatch(QingyuanWithTwoDispatches(), new LocalDate(2024, 6, 30)),
            () => CampaignRules.CheckDispatch(QingyuanWithTwoDispatches(), new LocalDate(2024, 7, 1))),
        ["CD-CMP-011"] = new(
            () => Localise(AllFour(), organisation: new CampaignOrganisation(workTeams: [new WorkTeam("招商专班", "investment-enterprise")])).Validate(),
            () => Localise(AllFour(), organisation: new CampaignOrganisation(workTeams: [new WorkTeam("旅游专班", "tourism")])).Validate()),

        // Activities: Activity.Validate.
        ["CD-ACT-001"] = new(
            () => Activity(Day).Validate(Clock),
            () => Activity(Day.PlusDays(1)).Validate(Clock)),
        ["CD-ACT-002"] = new(
            () => Activity(new LocalDate(2024, 9, 1), XushuiTown.ToString(), BaodingCampaigns.Xushui.FocusAreas[3]).Validate(Clock, BaodingCampaigns.Xushui),
            () => Activity(new LocalDate(2024, 9, 1), area: BaodingCampaigns.Qingyuan.FocusAreas[0]).Validate(Clock, BaodingCampaigns.Xushui)),
        ["CD-ACT-003"] = new(
            () => Activity(new LocalDate(2024, 9, 1)).Validate(Clock, BaodingCampaigns.Xushui),
            () => Activity(new LocalDate(2024, 3, 20)).Validate(Clock, BaodingCampaigns.Xushui)),
        ["CD-ACT-004"] = new(
            () => Activity(new LocalDate(2024, 9, 1)).Validate(Clock, BaodingCampaigns.Xushui),
            () => Activity(new LocalDate(2024, 9, 1), Seed.ManchengCode).Validate(Clock, BaodingCampaigns.Xushui)),
        ["CD-ACT-005"] = new(
            () => Activity(new LocalDate(2024, 9, 1)).Validate(Clock),
            () => Activity(new LocalDate(2024, 9, 1), actor: false).Validate(Clock)),
        ["CD-ACT-006"] = new(
            () => Activity(new LocalDate(2024, 9, 1)).Validate(Clock),
            () => Activity(new LocalDate(2024, 9, 1), figures: false).Validate(Clock)),

        // Suggestions: Suggestion and Problem commands with a fake clock.
        ["CD-SUG-001"] = new(
            () => CampaignArbitraries.Raised().Compile(D(4, 3), Clock).Violations,
            () => CampaignArbitraries.Raised().Assign("区住建局", D(5, 1), D(4, 2), Clock).Violations),
        ["CD-SUG-002"] = new(
            () => AssignedSuggestion().Handle(D(9, 30), Clock).Violations,
            () => AssignedSuggestion().Handle(D(10, 1), Clock).Violations),
        ["CD-SUG-003"] = new(
            () => AssignedSuggestion().Handle(D(4, 6), Clock).Violations,
            () => AssignedSuggestion().Handle(D(4, 4), Clock).Violations),
        ["CD-SUG-004"] = new(
            () => Compiled().Assign("区住建局", D(4, 4), D(4, 4), Clock).Violations,
            () => Compiled().Assign("区住建局", D(4, 4), D(4, 5), Clock).Violations),
        ["CD-SUG-005"] = new(
            () => Returned().Assign("区住建局", D(5, 5), D(4, 7), Clock).Violations,
            () => Returned().Assign("区交通运输局", D(5, 5), D(4, 7), Clock).Violations),
        ["CD-SUG-006"] = new(
            () => Problem.Found(new ProblemId("p"), "来自建议", Xushui, new LocalDate(2024, 6, 1), Clock, suggestions: [new SuggestionId("s-1")]).Violations,
            () => Problem.Found(new ProblemId("p"), "无来源", Xushui, new LocalDate(2024, 6, 1), Clock).Violations),
        ["CD-SUG-007"] = new(
            () => FoundProblem().Solve("即查即改", new LocalDate(2024, 6, 20), Clock).Violations,
            () => FoundProblem().Solve("即查即改", new LocalDate(2024, 6, 20), Clock).Value!.Solve("again", new LocalDate(2024, 7, 1), Clock).Violations),
    };

    private static IEnumerable<RuleViolation> Build(IEnumerable<Division> divisions) => new DivisionHierarchyBuilder().AddRange(divisions).Build().Violations;

    private static PeoplesCongress ManchengCongress() => PeoplesCongress.Of(Baoding.Hierarchy()[Baoding.Mancheng]);

    private static Mandate Direct(string person, CongressKey congress, DivisionCode electedIn, LocalDate? start = null, string? district = null, int term = 1) =>
        new(new DeputyId(person), congress, term, MandateSource.ElectoralDistrict, electedIn, start ?? TermStart, electoralDistrict: district);

    private static Mandate Municipal(MandateSource source, DivisionCode electedIn) =>
        new(new DeputyId("p1"), new CongressKey(Baoding.City, CongressLevel.Municipal), 1, source, electedIn, TermStart);

    private static Mandate InTerm17() => Direct("p1", ManchengKey, Township, TermStart.PlusDays(10), term: 17);

    private static IEnumerable<RuleViolation> TwoMandates(LocalDate secondStart, bool ended)
    {
        var key = new CongressKey(Township, CongressLevel.Township);
        var first = Direct("p1", key, Township);
        var register = MandateRegister.Empty.Add(first).Register;
        if (ended)
        {
            register = register.End(first, secondStart.PlusDays(-1), MandateEndReason.MovedAway).Register;
        }

        return register.Add(Direct("p1", key, Township, secondStart)).Violations;
    }

    private static IEnumerable<RuleViolation> ElectoralDistrictOf(int deputies)
    {
        var key = new CongressKey(Township, CongressLevel.Township);
        var register = MandateRegister.Empty;
        for (var i = 0; i < deputies - 1; i++)
        {
            register = register.Add(Direct($"p{i}", key, Township, district: "第1选区")).Register;
        }

        return register.Add(Direct("p-last", key, Township, district: "第1选区")).Violations;
    }

    private static LiaisonPoint Building() =>
        new LiaisonPoint("qy-dafu", "大福村代表联络站", LiaisonPointKind.Station, Sponsor.Village, DivisionCode.Parse("130608107201"), null, new StageChange(LifeCycleStage.Planned, new LocalDate(2024, 1, 10)))
            .Advance(LifeCycleStage.UnderConstruction, new LocalDate(2024, 3, 1)).Value;

    private static LiaisonPoint XiantaiStation(LifeCycleStage stage) =>
        new("mc-xiantai-station", "贤台乡代表联络站", LiaisonPointKind.Station, Sponsor.Village, DivisionCode.Parse("130607111201"), null, new StageChange(stage, Opened));

    private static AssignmentRegister AssignedToXiantai() => AssignmentRegister.Empty.Assign(DistrictDeputy, XiantaiHome, new LocalDate(2024, 4, 16)).Value;

    private static Mandate ManchengMandate(LocalDate? end) =>
        new(new DeputyId("d-2"), ManchengKey, 18, MandateSource.ElectoralDistrict, XiantaiUnit, new LocalDate(2021, 10, 1), end, end is null ? null : MandateEndReason.Resignation);

    private static IEnumerable<RuleViolation> QingyuanCoverage(bool lastHomeBuilt, bool withMunicipal)
    {
        var qingyuan = DivisionCode.Parse(Seed.QingyuanCode);
        var units = Enumerable.Range(0, 18).Select(i => DivisionCode.Parse($"130608{100 + i:D3}")).Append(Baoding.QingyuanOffice).ToArray();
        var homes = units.Select((u, i) => new LiaisonPoint($"h{i}", $"代表之家{i}", LiaisonPointKind.Home, Sponsor.TownshipRun, u, null, new StageChange(LifeCycleStage.Operational, new LocalDate(2010, 9, 1)))).ToList();
        var district = new LiaisonDeputy(new DeputyId("d1"), CongressLevel.County, qingyuan);
        var municipal = new LiaisonDeputy(new DeputyId("m1"), CongressLevel.Municipal, Baoding.City);
        var register = AssignmentRegister.Empty.Assign(district, homes[0], new LocalDate(2022, 1, 1)).Value;
        LiaisonDeputy[] deputies = withMunicipal ? [district, municipal] : [district];
        return DistrictCoverage.Compute(qingyuan, units, lastHomeBuilt ? homes : homes.SkipLast(1), deputies, register, Day).Gaps.Select(g => g.Violation);
    }

    private static EvidenceFile AllFive() =>
        EvidenceFile.Of(StandardsProfiles.ManchengFiveHaves.Criteria.Select(c => new Evidence(c.Code, Filed, c.EvidenceZh, "满城区人大常委会办公室", $"dljq/{c.Code}.jpg")));

    private static EvidenceFile SevenHaves() =>
        EvidenceFile.Of(StandardsProfiles.GuangdongSevenHaves.Criteria.Select(c => new Evidence(c.Code, Filed, c.EvidenceZh, "联络站", c.Code)));

    private static EvidenceFile Inspected() =>
        AllFive().With(new Inspection(new LocalDate(2024, 8, 1), "区人大常委会选联工委", "insp-2024-08", [new InspectionFinding("sign", false, "门牌缺失"), new InspectionFinding("rules", true, "制度上墙")]));

    private static ProfileAdoptions QingyuanAdoptions() =>
        ProfileAdoptions.Empty.Adopt(new ProfileAdoption(DivisionCode.Parse(Seed.QingyuanCode), StandardsProfiles.QingyuanFourItems, new LocalDate(2022, 1, 1))).Value;

    private static Campaign Localise(IEnumerable<FocusArea> areas, DivisionCode? division = null, DateInterval? period = null, CampaignOrganisation? organisation = null) =>
        new("test", "测试活动", new CongressKey(division ?? Xushui, CongressLevel.County), period ?? Year2024, areas, BaodingCampaigns.City, organisation);

    private static FocusArea Area(string code, CityTheme theme) => new(code, "重点" + code, theme);

    private static FocusArea[] AllFour() => [.. CityThemes.BuiltIn.Select(t => Area(t.Code, t))];

    private static Campaign CityParent(bool twice) =>
        new("p", "上级", new CongressKey(DivisionCode.Parse(Seed.BaodingCode), CongressLevel.Municipal), Year2024,
            twice ? [.. AllFour(), Area("rural-2", CityThemes.RuralRevitalisation)] : AllFour());

    private static Campaign QingyuanWithTwoDispatches()
    {
        var schedule = new DispatchSchedule(new YearMonth(2024, 5), new YearMonth(2024, 12), [new LocalDate(2024, 5, 20), new LocalDate(2024, 7, 2)]);
        return BaodingCampaigns.Qingyuan.WithOrganisation(BaodingCampaigns.Qingyuan.Organisation.WithDispatch(schedule));
    }

    private static Activity Activity(LocalDate date, string division = Seed.XushuiCode, FocusArea? area = null, bool actor = true, bool figures = true) =>
        new(
            new ActivityId("a-1"),
            ActivityKinds.ReceivingVoters,
            date,
            DivisionCode.Parse(division),
            figures ? [KeyValuePair.Create(Measures.VotersReceived, Quantity.Exact(12, Unit.PersonVisits))] : null,
            actor ? [new DeputyId("d-1")] : null,
            focusArea: area);

    private static LocalDate D(int month, int day) => new(2024, month, day);

    private static Suggestion Compiled() => CampaignArbitraries.Raised().Compile(D(4, 3), Clock).Value!;

    private static Suggestion AssignedSuggestion() => Compiled().Assign("区交通运输局", D(5, 5), D(4, 5), Clock).Value!;

    private static Suggestion Returned() => AssignedSuggestion().Return("交办不当", D(4, 6), Clock).Value!;

    private static Problem FoundProblem() =>
        Problem.Found(new ProblemId("p-1"), "重点点位问题", Xushui, new LocalDate(2024, 6, 1), Clock, [new ActivityId("xs-sup-inspect")], deadline: new LocalDate(2024, 6, 30)).Value!;
}
