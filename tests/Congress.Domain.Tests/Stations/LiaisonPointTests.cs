using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Stations;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Stations;

public sealed class LiaisonPointTests
{
    private static readonly DivisionCode Qingyuan = DivisionCode.Parse("130608");

    private static LiaisonPoint Dafu() =>
        new("qy-dafu", "大福村代表联络站", LiaisonPointKind.Station, Sponsor.Village, DivisionCode.Parse("130608107201"), null, new StageChange(LifeCycleStage.Planned, new LocalDate(2024, 1, 10)));

    [Fact]
    public void A_station_moves_forward_through_its_life_cycle_with_dates()
    {
        var point = Dafu()
            .Advance(LifeCycleStage.UnderConstruction, new LocalDate(2024, 3, 1)).Value
            .Advance(LifeCycleStage.Operational, new LocalDate(2024, 12, 1)).Value;

        Assert.Equal(LifeCycleStage.Operational, point.Stage);
        Assert.Equal(LifeCycleStage.UnderConstruction, point.StageOn(new LocalDate(2024, 9, 30)));
        Assert.Null(point.StageOn(new LocalDate(2023, 12, 31)));
        Assert.False(point.IsInUseOn(new LocalDate(2024, 9, 30)));
        Assert.True(point.IsInUseOn(new LocalDate(2024, 12, 1)));
    }

    [Fact]
    public void Going_back_is_refused_and_leaves_the_station_as_it_was()
    {
        var building = Dafu().Advance(LifeCycleStage.UnderConstruction, new LocalDate(2024, 3, 1)).Value;

        var outcome = building.Advance(LifeCycleStage.Planned, new LocalDate(2024, 2, 1));

        Assert.False(outcome.IsAccepted);
        Assert.Same(building, outcome.Value);
        Assert.Equal(["CD-STN-001", "CD-STN-002"], outcome.Violations.Select(v => v.Code));
        Assert.Equal(2, building.Stages.Count);
        Assert.Contains("只能向前", outcome.Violations[0].Message());
    }

    [Fact]
    public void A_closed_station_stays_closed()
    {
        var closed = Dafu().Advance(LifeCycleStage.Closed, new LocalDate(2025, 1, 1)).Value;

        Assert.False(closed.Advance(LifeCycleStage.Operational, new LocalDate(2025, 2, 1)).IsAccepted);
        Assert.False(closed.Advance(LifeCycleStage.Closed, new LocalDate(2025, 2, 1)).IsAccepted);
    }

    [Fact]
    public void An_industry_station_names_its_industry_and_others_do_not()
    {
        var huaxiu = new LiaisonPoint("qy-huaxiu", "华秀苗木行业代表联络站", LiaisonPointKind.Station, Sponsor.Industry, Qingyuan, Industry.NurseryStock, new StageChange(LifeCycleStage.UnderConstruction, new LocalDate(2024, 3, 1)));
        Assert.Equal("苗木", huaxiu.Industry!.NameZh);

        var noIndustry = Assert.Throws<ArgumentException>(() => new LiaisonPoint("x", "x", LiaisonPointKind.Station, Sponsor.Industry, Qingyuan, null, new StageChange(LifeCycleStage.Planned, new LocalDate(2024, 1, 1))));
        Assert.Equal("industry", noIndustry.ParamName);
        var villageHome = Assert.Throws<ArgumentException>(() => new LiaisonPoint("x", "x", LiaisonPointKind.Home, Sponsor.Village, Qingyuan, null, new StageChange(LifeCycleStage.Planned, new LocalDate(2024, 1, 1))));
        Assert.Equal("sponsor", villageHome.ParamName);
    }

    [Fact]
    public void Money_put_in_keeps_more_than_honest()
    {
        var mancheng = DivisionCode.Parse("130607");
        var home = new LiaisonPoint("mc-electrical", "满城电力电气行业代表之家", LiaisonPointKind.Home, Sponsor.Industry, mancheng, Industry.ElectricalEquipment, new StageChange(LifeCycleStage.Operational, new LocalDate(2023, 5, 1)));

        var invested = home.Invest(Quantity.MoreThan(100_000m, Unit.Yuan)).Invest(Quantity.Exact(2_500.50m, Unit.Yuan));

        Assert.Equal(Quantity.MoreThan(102_500.50m, Unit.Yuan), invested.Investment);
        Assert.Equal(Quantity.Zero(Unit.Yuan), home.Investment);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => home.Invest(Quantity.Exact(1, Unit.Items))).ParamName);
    }

    [Property(MaxTest = 200)]
    public Property Any_sequence_of_changes_keeps_stages_and_dates_moving_forward()
    {
        var steps = ArbMap.Default.ArbFor<(byte Stage, short Days)[]>();
        return Prop.ForAll(steps, changes =>
        {
            var point = Dafu();
            foreach (var (stage, days) in changes)
            {
                var before = point;
                var outcome = point.Advance((LifeCycleStage)(1 + (stage % 5)), before.Stages[^1].On.PlusDays(days % 400));
                point = outcome.Value;
                if (!outcome.IsAccepted && (!ReferenceEquals(before, point) || before.Stages.Count != point.Stages.Count))
                {
                    return false;
                }
            }

            return point.Stages.Zip(point.Stages.Skip(1)).All(p => p.First.Stage < p.Second.Stage && p.First.On <= p.Second.On);
        });
    }
}
