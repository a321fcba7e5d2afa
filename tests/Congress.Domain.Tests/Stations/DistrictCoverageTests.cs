using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Stations;
using Congress.Domain.Testing;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Stations;

public sealed class DistrictCoverageTests
{
    [Fact]
    public void Qingyuan_homes_cover_all_19_township_units_and_gaps_name_what_is_missing()
    {
        var qingyuan = DivisionCode.Parse(Seed.QingyuanCode);
        var units = Enumerable.Range(0, 18).Select(i => DivisionCode.Parse($"130608{100 + i:D3}")).Append(DivisionCode.Parse("130608001")).ToArray();
        var built = new LocalDate(2010, 9, 1);
        var homes = units.Select((u, i) => new LiaisonPoint($"h{i}", $"代表之家{i}", LiaisonPointKind.Home, Sponsor.TownshipRun, u, null, new StageChange(LifeCycleStage.Operational, built))).ToList();
        var district = new LiaisonDeputy(new DeputyId("d1"), CongressLevel.County, qingyuan);
        var municipal = new LiaisonDeputy(new DeputyId("m1"), CongressLevel.Municipal, DivisionCode.Parse(Seed.BaodingCode));
        var register = AssignmentRegister.Empty.Assign(district, homes[0], new LocalDate(2022, 1, 1)).Value;

        var full = DistrictCoverage.Compute(qingyuan, units, homes, [district], register, new LocalDate(2024, 9, 30));
        Assert.Equal(new CoverageShare(19, 19), full.Townships);
        Assert.Equal(1m, full.Townships.Value);
        Assert.True(full.IsComplete);

        var before = DistrictCoverage.Compute(qingyuan, units, homes.Skip(1), [district, municipal], register, new LocalDate(2024, 9, 30));
        Assert.Equal(new CoverageShare(18, 19), before.Townships);
        Assert.Equal([CongressLevel.Municipal, CongressLevel.County], before.Levels.Select(l => l.Level));
        Assert.All(before.Levels, l => Assert.Equal(0m, l.Share.Value));
        Assert.Equal(["CD-STN-003", "CD-ASG-006", "CD-ASG-006"], before.Gaps.Select(g => g.Violation.Code));
        Assert.Equal(units[0], before.Gaps[0].Division);

        var early = DistrictCoverage.Compute(qingyuan, units, homes, [], register, new LocalDate(2010, 8, 31));
        Assert.Equal(0m, early.Townships.Value);
    }

    [Property(Arbitrary = [typeof(StationArbitraries)], MaxTest = 200)]
    public bool Shares_lie_in_0_1_and_are_1_exactly_when_no_gap_of_their_kind_is_listed(CoverageCase c)
    {
        var coverage = DistrictCoverage.Compute(CoverageCase.District, c.TownshipUnits, c.LiaisonPoints, c.LiaisonDeputies, c.Register, c.On);
        bool InRange(CoverageShare s) => s.Value is >= 0m and <= 1m;
        var townshipGaps = coverage.Gaps.Count(g => g.Kind == CoverageGapKind.TownshipWithoutHome);
        return InRange(coverage.Townships)
            && (coverage.Townships.Value == 1m) == (townshipGaps == 0)
            && coverage.Townships.Total - coverage.Townships.Covered == townshipGaps
            && coverage.Levels.All(l => InRange(l.Share)
                && (l.Share.Value == 1m) == coverage.Gaps.All(g => g.Level != l.Level)
                && l.Share.Total - l.Share.Covered == coverage.Gaps.Count(g => g.Level == l.Level))
            && coverage.IsComplete == (coverage.Townships.IsFull && coverage.Levels.All(l => l.Share.IsFull));
    }
}
