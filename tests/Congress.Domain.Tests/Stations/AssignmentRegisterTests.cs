using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Stations;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Stations;

public sealed class AssignmentRegisterTests
{
    private static readonly DivisionCode Mancheng = DivisionCode.Parse("130607");
    private static readonly DivisionCode Xiantai = DivisionCode.Parse("130607111");
    private static readonly LocalDate Opened = new(2020, 1, 1);

    private static readonly LiaisonPoint XiantaiHome = new("mc-xiantai", "贤台乡人大代表之家", LiaisonPointKind.Home, Sponsor.TownshipRun, Xiantai, null, new StageChange(LifeCycleStage.Operational, Opened));
    private static readonly LiaisonPoint DistrictHome = new("mc-district", "满城区人大常委会代表之家", LiaisonPointKind.Home, Sponsor.DistrictRun, Mancheng, null, new StageChange(LifeCycleStage.Operational, Opened));
    private static readonly LiaisonPoint QingyuanHome = new("qy-district", "清苑区人大常委会代表之家", LiaisonPointKind.Home, Sponsor.DistrictRun, DivisionCode.Parse("130608"), null, new StageChange(LifeCycleStage.Operational, Opened));

    private static readonly LiaisonDeputy DistrictDeputy = new(new DeputyId("d-209"), CongressLevel.County, Mancheng);
    private static readonly LiaisonDeputy TownshipDeputy = new(new DeputyId("t-802"), CongressLevel.Township, Xiantai);

    [Fact]
    public void A_deputy_is_assigned_within_their_congress_area_and_the_history_is_kept()
    {
        var register = AssignmentRegister.Empty
            .Assign(DistrictDeputy, XiantaiHome, new LocalDate(2024, 4, 16)).Value
            .Move(DistrictDeputy, DistrictHome, new LocalDate(2024, 9, 1)).Value;

        Assert.Equal(["mc-xiantai", "mc-district"], register.History(DistrictDeputy.Deputy).Select(a => a.PointId));
        Assert.Equal("mc-xiantai", register.AssignmentOn(DistrictDeputy.Deputy, new LocalDate(2024, 8, 31))!.PointId);
        Assert.Equal("mc-district", register.AssignmentOn(DistrictDeputy.Deputy, new LocalDate(2024, 9, 1))!.PointId);
        Assert.Null(register.AssignmentOn(DistrictDeputy.Deputy, new LocalDate(2024, 4, 15)));
    }

    [Fact]
    public void A_second_concurrent_assignment_is_refused()
    {
        var register = AssignmentRegister.Empty.Assign(DistrictDeputy, XiantaiHome, new LocalDate(2024, 4, 16)).Value;

        var outcome = register.Assign(DistrictDeputy, DistrictHome, new LocalDate(2024, 5, 1));

        Assert.False(outcome.IsAccepted);
        Assert.Same(register, outcome.Value);
        Assert.Equal("CD-ASG-001", Assert.Single(outcome.Violations).Code);
    }

    [Fact]
    public void A_township_deputy_cannot_go_outside_the_township_nor_to_a_station_not_in_use()
    {
        var outside = AssignmentRegister.Empty.Assign(TownshipDeputy, DistrictHome, new LocalDate(2024, 4, 16));
        Assert.Equal("CD-ASG-002", Assert.Single(outside.Violations).Code);

        var otherDistrict = AssignmentRegister.Empty.Assign(DistrictDeputy, QingyuanHome, new LocalDate(2024, 4, 16));
        Assert.Equal("CD-ASG-002", Assert.Single(otherDistrict.Violations).Code);

        var building = new LiaisonPoint("qy-dafu", "大福村代表联络站", LiaisonPointKind.Station, Sponsor.Village, DivisionCode.Parse("130607111201"), null, new StageChange(LifeCycleStage.UnderConstruction, Opened));
        var notInUse = AssignmentRegister.Empty.Assign(TownshipDeputy, building, new LocalDate(2024, 4, 16));
        Assert.Equal("CD-ASG-003", Assert.Single(notInUse.Violations).Code);
    }

    [Fact]
    public void Ending_needs_an_open_assignment_and_a_later_date()
    {
        var register = AssignmentRegister.Empty.Assign(DistrictDeputy, XiantaiHome, new LocalDate(2024, 4, 16)).Value;

        Assert.Equal("CD-ASG-005", Assert.Single(register.End(DistrictDeputy.Deputy, new LocalDate(2024, 4, 16)).Violations).Code);
        var ended = register.End(DistrictDeputy.Deputy, new LocalDate(2024, 6, 1)).Value;
        Assert.Equal("CD-ASG-004", Assert.Single(ended.End(DistrictDeputy.Deputy, new LocalDate(2024, 7, 1)).Violations).Code);
        Assert.False(ended.Assign(DistrictDeputy, DistrictHome, new LocalDate(2024, 5, 31)).IsAccepted);
        Assert.True(ended.Assign(DistrictDeputy, DistrictHome, new LocalDate(2024, 6, 1)).IsAccepted);
    }

    [Property(MaxTest = 200)]
    public Property No_sequence_of_operations_lets_two_assignments_overlap()
    {
        LiaisonPoint[] points = [XiantaiHome, DistrictHome, QingyuanHome];
        var ops = ArbMap.Default.ArbFor<(bool End, byte Point, short Day)[]>();
        return Prop.ForAll(ops, list =>
        {
            var register = AssignmentRegister.Empty;
            foreach (var (end, point, day) in list)
            {
                var on = Opened.PlusDays(Math.Abs(day % 2000));
                register = end
                    ? register.End(DistrictDeputy.Deputy, on).Value
                    : register.Assign(DistrictDeputy, points[point % points.Length], on).Value;
            }

            var history = register.History(DistrictDeputy.Deputy);
            return history.All(a => a.PointId != "qy-district")
                && history.Zip(history.Skip(1)).All(p => p.First.Until is { } until && until <= p.Second.From)
                && history.Take(Math.Max(0, history.Count - 1)).All(a => !a.IsOpen);
        });
    }

    [Property(MaxTest = 300)]
    public Property A_builder_gives_the_answers_and_the_register_of_a_chain_of_changes()
    {
        LiaisonPoint[] points = [XiantaiHome, DistrictHome, QingyuanHome,
            new("mc-late", "建设中的联络站", LiaisonPointKind.Station, Sponsor.Village, Xiantai, null, new StageChange(LifeCycleStage.UnderConstruction, Opened), null)];
        var mandates = new[]
        {
            new Mandate(new DeputyId("d-1"), new CongressKey(Mancheng, CongressLevel.County), 1, MandateSource.ElectoralDistrict, Mancheng, Opened, Opened.PlusDays(900), MandateEndReason.Resignation),
            new Mandate(new DeputyId("t-1"), new CongressKey(Xiantai, CongressLevel.Township), 1, MandateSource.ElectoralDistrict, Xiantai, Opened),
            new Mandate(new DeputyId("t-2"), new CongressKey(Xiantai, CongressLevel.Township), 1, MandateSource.ElectoralDistrict, Xiantai, Opened.PlusDays(300)),
        };
        var ops = ArbMap.Default.ArbFor<(bool End, byte Deputy, byte Point, short Day)[]>();
        return Prop.ForAll(ops, list =>
        {
            var chain = AssignmentRegister.Empty;
            var builder = AssignmentRegister.Empty.ToBuilder();
            foreach (var (end, who, point, day) in list)
            {
                var mandate = mandates[who % mandates.Length];
                var on = Opened.PlusDays(Math.Abs(day % 1500));
                var change = end ? chain.End(mandate.Deputy, on) : chain.AssignUnder(mandate, points[point % points.Length], on);
                var answer = end ? builder.End(mandate.Deputy, on) : builder.AssignUnder(mandate, points[point % points.Length], on);
                if (!change.Violations.Select(v => v.ToString()).SequenceEqual(answer.Select(v => v.ToString())))
                {
                    return false.Label($"{(end ? "end" : "assign")} {mandate.Deputy} on {on}: [{string.Join("; ", change.Violations)}] vs [{string.Join("; ", answer)}]");
                }

                chain = change.Value;
            }

            var built = builder.ToRegister();
            var same = mandates.All(m => chain.History(m.Deputy).SequenceEqual(built.History(m.Deputy)) && builder.History(m.Deputy).SequenceEqual(built.History(m.Deputy)));

            // The builder goes on without touching the register it handed over.
            var snapshot = mandates.Select(m => built.History(m.Deputy).ToArray()).ToArray();
            builder.AssignUnder(mandates[1], XiantaiHome, Opened.PlusDays(1600));
            builder.End(mandates[1].Deputy, Opened.PlusDays(1700));
            var untouched = mandates.Select((m, i) => built.History(m.Deputy).SequenceEqual(snapshot[i])).All(x => x);

            // The handed-over register answers later changes as the chain does.
            var later = built.AssignUnder(mandates[2], XiantaiHome, Opened.PlusDays(1600)).Violations.Count == chain.AssignUnder(mandates[2], XiantaiHome, Opened.PlusDays(1600)).Violations.Count;
            return (same && untouched && later).Label($"same {same}, untouched {untouched}, later {later}");
        });
    }
}
