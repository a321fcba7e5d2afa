using Congress.Domain.Deputies;
using Congress.Domain.Evaluation;
using Congress.Domain.Figures;
using Congress.Domain.Standards;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Evaluation;

public sealed class ExcellenceSelectionTests
{
    private static Dictionary<Measure, decimal> Counts(decimal voters, decimal activities, decimal suggestions) => new()
    {
        [Measures.VotersReceived] = voters,
        [Measures.CollectiveActivities] = activities,
        [Measures.Suggestions] = suggestions,
    };

    private static ExcellenceCandidate Station(string id, decimal voters, decimal activities, decimal suggestions, decimal share) =>
        new(id, id, CandidateKind.LiaisonPoint, Counts(voters, activities, suggestions), share);

    [Fact]
    public void Default_station_weights_score_activities_and_compliance()
    {
        var s = Station("a", 810, 130, 90, 1m);

        // 810×1 + 130×5 + 90×3 + 100×1
        Assert.Equal(1_830m, s.Score(ExcellenceWeights.StationDefaults));
        Assert.Equal(1_730m + 80m, Station("b", 810, 130, 90, 0.8m).Score(ExcellenceWeights.StationDefaults));
    }

    [Fact]
    public void Non_compliant_stations_rank_after_compliant_ones_and_ties_share_a_rank()
    {
        var ranked = ExcellenceSelection.Rank(
            [Station("busy-but-unmet", 900, 100, 50, 0.8m), Station("b", 100, 10, 10, 1m), Station("a", 100, 10, 10, 1m), Station("c", 10, 1, 1, 1m)],
            ExcellenceWeights.StationDefaults);

        Assert.Equal(["a", "b", "c", "busy-but-unmet"], ranked.Select(r => r.Candidate.Subject));
        Assert.Equal([1, 1, 3, 4], ranked.Select(r => r.Rank));
        Assert.False(ranked[3].IsEligible);
        Assert.Equal(["a", "b"], ExcellenceSelection.Select(ranked.Select(r => r.Candidate), ExcellenceWeights.StationDefaults, 2).Select(r => r.Candidate.Subject));
    }

    [Fact]
    public void A_deputy_takes_the_compliance_of_their_home_and_weights_are_configurable()
    {
        var file = EvidenceFile.Of([new Evidence("site", new LocalDate(2024, 1, 1), "照片", "办公室", "x.jpg")]);
        var judgement = ComplianceJudge.Judge("家", StandardsProfiles.ManchengFiveHaves, file, new LocalDate(2024, 12, 31));
        var activities = new Dictionary<Measure, decimal> { [Measures.InvestmentProjects] = 4m, [Measures.Suggestions] = 22m };
        var deputy = ExcellenceCandidate.ForDeputy(new DeputyId("xs-1"), "招商大使", activities, judgement);

        Assert.Equal(0.2m, deputy.ComplianceShare);
        Assert.Equal((4 * 20m) + (22 * 3m) + (20m * 0.2m), deputy.Score(ExcellenceWeights.DeputyDefaults));
        Assert.Equal(66m, deputy.Score(ExcellenceWeights.DeputyDefaults.With(Measures.InvestmentProjects, 0m).WithCompliance(0m, false)));
        Assert.Equal(0m, ExcellenceCandidate.ForDeputy(new DeputyId("xs-2"), "未进站", [], null).ComplianceShare);
    }

    [Property(MaxTest = 200)]
    public Property The_ranking_does_not_depend_on_input_order()
    {
        var arb = ArbMap.Default.ArbFor<(byte Voters, byte Activities, byte Share)[]>();
        return Prop.ForAll(arb, raw =>
        {
            var candidates = raw.Select((r, i) => Station($"s{i}", r.Voters, r.Activities, 0, (r.Share % 6) / 5m)).ToArray();
            var forward = ExcellenceSelection.Rank(candidates, ExcellenceWeights.StationDefaults);
            var backward = ExcellenceSelection.Rank(candidates.Reverse(), ExcellenceWeights.StationDefaults);
            return forward.Select(r => (r.Rank, r.Candidate.Subject, r.Score)).SequenceEqual(backward.Select(r => (r.Rank, r.Candidate.Subject, r.Score)))
                && forward.Zip(forward.Skip(1)).All(p => p.First.Rank <= p.Second.Rank && (p.First.IsEligible || !p.Second.IsEligible));
        });
    }

    [Property(MaxTest = 200)]
    public bool More_activity_never_lowers_a_score(byte voters, byte more, byte share)
    {
        var s = (share % 6) / 5m;
        return Station("a", voters + more, 1, 1, s).Score(ExcellenceWeights.StationDefaults) >= Station("a", voters, 1, 1, s).Score(ExcellenceWeights.StationDefaults);
    }
}
