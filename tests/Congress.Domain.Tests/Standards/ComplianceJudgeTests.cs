using System.Globalization;
using Congress.Domain.Standards;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Standards;

public sealed class ComplianceJudgeTests
{
    private static readonly LocalDate Filed = new(2024, 6, 30);

    private static EvidenceFile AllFive() => EvidenceFile.Of(StandardsProfiles.ManchengFiveHaves.Criteria.Select(c => new Evidence(c.Code, Filed, c.EvidenceZh, "满城区人大常委会办公室", $"dljq/{c.Code}.jpg")));

    [Fact]
    public void An_industry_home_with_evidence_for_all_five_items_is_compliant()
    {
        var judgement = ComplianceJudge.Judge("满城电力电气行业代表之家", StandardsProfiles.ManchengFiveHaves, AllFive(), new LocalDate(2024, 9, 30));

        Assert.True(judgement.IsCompliant);
        Assert.Equal(5, judgement.MetCount);
        Assert.All(judgement.Criteria, c => Assert.Equal(CriterionStatus.Met, c.Status));
        Assert.Empty(judgement.Violations);
        Assert.Contains("有场所", judgement.Criteria[0].Reason());
        Assert.Contains("a site", judgement.Criteria[0].Reason(CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Before_the_evidence_is_filed_every_item_has_no_evidence_with_the_reason()
    {
        var judgement = ComplianceJudge.Judge("满城电力电气行业代表之家", StandardsProfiles.ManchengFiveHaves, AllFive(), Filed.PlusDays(-1));

        Assert.False(judgement.IsCompliant);
        Assert.All(judgement.Criteria, c => Assert.Equal(CriterionStatus.NoEvidence, c.Status));
        Assert.Equal("满城电力电气行业代表之家截至2024-06-29没有“有场所”的佐证材料（应提供：固定活动场所的照片或使用协议）", judgement.Criteria[0].Reason());
        Assert.StartsWith("满城电力电气行业代表之家 has no evidence for \"a site\"", judgement.Criteria[0].Reason(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Evidence_expires_where_the_profile_says_so()
    {
        var file = EvidenceFile.Of(StandardsProfiles.GuangdongSevenHaves.Criteria.Select(c => new Evidence(c.Code, Filed, c.EvidenceZh, "联络站", c.Code)));

        Assert.True(ComplianceJudge.Judge("站", StandardsProfiles.GuangdongSevenHaves, file, Filed.PlusYears(1).PlusDays(-1)).IsCompliant);
        var late = ComplianceJudge.Judge("站", StandardsProfiles.GuangdongSevenHaves, file, Filed.PlusYears(1));
        Assert.Equal(["activities", "funding"], late.Criteria.Where(c => c.Status == CriterionStatus.Unmet).Select(c => c.Criterion.Code));
        Assert.All(late.Violations, v => Assert.Equal("CD-STD-002", v.Code));
    }

    [Fact]
    public void An_inspection_finding_voids_earlier_evidence_until_new_evidence_arrives()
    {
        var inspection = new Inspection(new LocalDate(2024, 8, 1), "区人大常委会选联工委", "insp-2024-08", [new InspectionFinding("sign", false, "门牌缺失"), new InspectionFinding("rules", true, "制度上墙")]);
        var file = AllFive().With(inspection);

        var after = ComplianceJudge.Judge("站", StandardsProfiles.ManchengFiveHaves, file, new LocalDate(2024, 8, 2));
        var sign = after.Criteria.Single(c => c.Criterion.Code == "sign");
        Assert.Equal(CriterionStatus.Unmet, sign.Status);
        Assert.Equal("CD-STD-003", sign.Violation!.Code);
        Assert.Contains("门牌缺失", sign.Reason());
        Assert.Equal("insp-2024-08", after.Criteria.Single(c => c.Criterion.Code == "rules").Basis!.Reference);

        var rectified = file.With(new Evidence("sign", new LocalDate(2024, 8, 20), "新门牌照片", "乡镇人大", "sign-new.jpg"));
        Assert.True(ComplianceJudge.Judge("站", StandardsProfiles.ManchengFiveHaves, rectified, new LocalDate(2024, 8, 20)).IsCompliant);
        Assert.False(ComplianceJudge.Judge("站", StandardsProfiles.ManchengFiveHaves, rectified, new LocalDate(2024, 8, 19)).IsCompliant);
    }

    [Property(Arbitrary = [typeof(StationArbitraries)], MaxTest = 300)]
    public Property Adding_evidence_never_makes_a_station_less_compliant(JudgingCase c)
    {
        var extra = ArbMap.Default.ArbFor<(byte, short)>();
        return Prop.ForAll(extra, e =>
        {
            var profile = c.Profile;
            var before = ComplianceJudge.Judge("站", profile, c.File, c.On);
            var after = ComplianceJudge.Judge("站", profile, c.File.With(JudgingCase.ToEvidence(((byte)(e.Item1 % JudgingCase.PoolSize), (short)(e.Item2 % 500)))), c.On);
            return after.MetCount >= before.MetCount
                && (!before.IsCompliant || after.IsCompliant)
                && before.Criteria.Zip(after.Criteria).All(p => p.First.Status != CriterionStatus.Met || p.Second.Status == CriterionStatus.Met);
        });
    }

    [Property(Arbitrary = [typeof(StationArbitraries)], MaxTest = 300)]
    public bool Dropping_a_criterion_never_makes_a_station_less_compliant(JudgingCase c, byte drop)
    {
        var profile = c.Profile;
        if (profile.Criteria.Count == 0)
        {
            return true;
        }

        var smaller = profile.Without(profile.Criteria[drop % profile.Criteria.Count].Code);
        var before = ComplianceJudge.Judge("站", profile, c.File, c.On);
        var after = ComplianceJudge.Judge("站", smaller, c.File, c.On);
        return (!before.IsCompliant || after.IsCompliant) && after.Criteria.Count(x => x.Status != CriterionStatus.Met) <= before.Criteria.Count(x => x.Status != CriterionStatus.Met);
    }

    [Property(Arbitrary = [typeof(StationArbitraries)], MaxTest = 300)]
    public bool Judging_on_a_date_ignores_evidence_and_inspections_dated_after_it(JudgingCase c)
    {
        var trimmed = c with
        {
            Evidence = c.Evidence.Where(e => JudgingCase.Day(e.Day) <= c.On).ToArray(),
            Unmet = c.Unmet.Where(u => JudgingCase.Day(u.Day) <= c.On).ToArray(),
        };
        var full = ComplianceJudge.Judge("站", c.Profile, c.File, c.On);
        var cut = ComplianceJudge.Judge("站", c.Profile, trimmed.File, c.On);
        return full.IsCompliant == cut.IsCompliant
            && full.Criteria.Zip(cut.Criteria).All(p => p.First.Status == p.Second.Status && p.First.Reason() == p.Second.Reason());
    }

    [Property(Arbitrary = [typeof(StationArbitraries)], MaxTest = 300)]
    public bool Compliant_means_every_criterion_is_met_and_shares_lie_in_0_1(JudgingCase c)
    {
        var j = ComplianceJudge.Judge("站", c.Profile, c.File, c.On);
        return j.IsCompliant == j.Criteria.All(x => x.Status == CriterionStatus.Met)
            && j.MetShare is >= 0m and <= 1m
            && (j.MetShare == 1m) == j.IsCompliant
            && j.Criteria.All(x => (x.Status == CriterionStatus.Met) == (x.Violation is null));
    }

    [Property(Arbitrary = [typeof(StationArbitraries)], MaxTest = 300)]
    public bool The_quick_check_agrees_with_the_full_judgement(JudgingCase c) =>
        ComplianceJudge.IsCompliant(c.Profile, c.File, c.On) == ComplianceJudge.Judge("站", c.Profile, c.File, c.On).IsCompliant;
}
