using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Domain.Tests.Stations;

public sealed class HierarchyIntegrationTests
{
    private static readonly DivisionCode Hebei = DivisionCode.Parse("130000");
    private static readonly DivisionCode Baoding = DivisionCode.Parse("130600");
    private static readonly DivisionCode Mancheng = DivisionCode.Parse("130607");
    private static readonly DivisionCode HighTechZone = DivisionCode.Parse("130671"); // INVENTED code for the functional zone
    private static readonly DivisionCode ManchengTown = DivisionCode.Parse("130607100");
    private static readonly DivisionCode Xiantai = DivisionCode.Parse("130607111");
    private static readonly LocalDate Opened = new(2020, 1, 1);
    private static readonly LocalDate On = new(2024, 9, 30);

    private static readonly DivisionHierarchy Divisions = DivisionHierarchy.Create(
    [
        new Division(Hebei, "河北省", DivisionKind.Province, DivisionCode.None),
        new Division(Baoding, "保定市", DivisionKind.PrefectureCity, Hebei),
        new Division(Mancheng, "满城区", DivisionKind.District, Baoding),
        new Division(HighTechZone, "保定高新区", DivisionKind.FunctionalZone, Baoding),
        new Division(ManchengTown, "满城镇", DivisionKind.Town, Mancheng),
        new Division(Xiantai, "贤台乡", DivisionKind.Township, Mancheng, HighTechZone),
    ]);

    private static LiaisonPoint Home(string id, DivisionCode served, Sponsor sponsor = Sponsor.TownshipRun) =>
        new(id, id, LiaisonPointKind.Home, sponsor, served, null, new StageChange(LifeCycleStage.Operational, Opened));

    [Fact]
    public void The_hierarchy_tree_follows_legal_parents_and_digits_below_registered_divisions()
    {
        IDivisionTree tree = new DivisionHierarchyTree(Divisions);

        Assert.True(tree.IsWithin(Xiantai, Mancheng));
        Assert.False(tree.IsWithin(Xiantai, HighTechZone));
        Assert.True(tree.IsWithin(DivisionCode.Parse("130607111201"), Mancheng));
        Assert.Equal(Xiantai, tree.ParentOf(DivisionCode.Parse("130607111201")));
        Assert.Equal(Mancheng, tree.ParentOf(Xiantai));
        Assert.False(tree.IsWithin(Mancheng, Xiantai));
    }

    [Fact]
    public void Coverage_from_the_hierarchy_and_the_mandates_counts_the_four_levels_that_live_or_are_stationed_there()
    {
        var district = new Mandate(new DeputyId("d-1"), new CongressKey(Mancheng, CongressLevel.County), 18, MandateSource.ElectoralDistrict, ManchengTown, new LocalDate(2021, 10, 1));
        var township = new Mandate(new DeputyId("t-1"), new CongressKey(Xiantai, CongressLevel.Township), 18, MandateSource.ElectoralDistrict, Xiantai, new LocalDate(2021, 10, 1));
        var municipal = new Mandate(new DeputyId("m-1"), new CongressKey(Baoding, CongressLevel.Municipal), 16, MandateSource.ElectingCongress, Mancheng, new LocalDate(2022, 1, 1));
        var ended = new Mandate(new DeputyId("d-2"), new CongressKey(Mancheng, CongressLevel.County), 18, MandateSource.ElectoralDistrict, ManchengTown, new LocalDate(2021, 10, 1), new LocalDate(2023, 12, 31), MandateEndReason.Resignation);
        var mandates = MandateRegister.Empty;
        foreach (var m in new[] { district, township, municipal, ended })
        {
            var change = mandates.Add(m);
            Assert.True(change.Accepted, string.Join("; ", change.Violations));
            mandates = change.Register;
        }

        var townHome = Home("满城镇代表之家", ManchengTown);
        var xiantaiHome = Home("贤台乡代表之家", Xiantai);
        var tree = new DivisionHierarchyTree(Divisions);
        var assignments = AssignmentRegister.Empty
            .AssignUnder(district, townHome, new LocalDate(2024, 4, 16), tree).Value
            .AssignUnder(township, xiantaiHome, new LocalDate(2024, 4, 16), tree).Value;

        var coverage = DistrictCoverage.Compute(Divisions, Mancheng, [townHome, xiantaiHome], mandates, assignments, On);

        Assert.Equal(new CoverageShare(2, 2), coverage.Townships);
        Assert.Equal(
            [(CongressLevel.Municipal, new CoverageShare(0, 1)), (CongressLevel.County, new CoverageShare(1, 1)), (CongressLevel.Township, new CoverageShare(1, 1))],
            coverage.Levels.Select(l => (l.Level, l.Share)));
        Assert.Equal(new DeputyId("m-1"), Assert.Single(coverage.Gaps).Deputy);
    }

    [Fact]
    public void Assigning_under_an_ended_mandate_is_refused()
    {
        var ended = new Mandate(new DeputyId("d-2"), new CongressKey(Mancheng, CongressLevel.County), 18, MandateSource.ElectoralDistrict, ManchengTown, new LocalDate(2021, 10, 1), new LocalDate(2023, 12, 31), MandateEndReason.Resignation);

        var outcome = AssignmentRegister.Empty.AssignUnder(ended, Home("满城镇代表之家", ManchengTown), On, new DivisionHierarchyTree(Divisions));

        Assert.Equal("CD-ASG-007", Assert.Single(outcome.Violations).Code);
        Assert.Same(AssignmentRegister.Empty, outcome.Value);
    }

    [Fact]
    public void A_national_deputy_may_be_assigned_anywhere()
    {
        var national = new LiaisonDeputy(new DeputyId("n-1"), CongressLevel.National, DivisionCode.None);

        Assert.True(AssignmentRegister.Empty.Assign(national, Home("贤台乡代表之家", Xiantai), On).IsAccepted);
        Assert.Equal("congressArea", Assert.Throws<ArgumentException>(() => new LiaisonDeputy(new DeputyId("c-1"), CongressLevel.County, DivisionCode.None)).ParamName);
    }
}

public sealed class DivisionTreeProperties
{
    [FsCheck.Xunit.Property(Arbitrary = [typeof(Congress.Domain.Testing.DivisionArbitraries)], MaxTest = 100)]
    public bool The_hierarchy_tree_agrees_with_the_hierarchy_and_its_walk_with_its_shortcut(Congress.Domain.Testing.SyntheticDivisions synthetic)
    {
        var divisions = DivisionHierarchy.Create(synthetic.Divisions);
        IDivisionTree tree = new DivisionHierarchyTree(divisions);
        var codes = synthetic.Divisions.Select(d => d.Code).ToArray();
        foreach (var a in codes)
        {
            foreach (var b in codes)
            {
                var walked = false;
                for (var c = a; !c.IsNone; c = tree.ParentOf(c))
                {
                    walked |= c == b;
                }

                if (tree.IsWithin(a, b) != divisions.IsWithin(a, b) || walked != divisions.IsWithin(a, b))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
