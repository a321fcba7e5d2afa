using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Tests.Divisions;

public sealed class DivisionHierarchyTests
{
    [Fact]
    public void The_seed_districts_belong_to_Baoding_by_code_and_by_tree()
    {
        var h = Baoding.Hierarchy();

        foreach (var district in new[] { Baoding.Mancheng, Baoding.Qingyuan, Baoding.Xushui })
        {
            Assert.Equal(Baoding.City, h.ParentOf(district)!.Code);
            Assert.Equal(Baoding.City, district.ParentByDigits);
            Assert.True(h.IsWithin(district, Baoding.City));
            Assert.Equal(DivisionKind.District, h[district].Kind);
            Assert.Equal(CongressLevel.County, h[district].Kind.CongressLevel());
        }

        Assert.Equal(["130600", "130000"], h.Ancestors(Baoding.Mancheng).Select(d => d.Code.ToString()));
        Assert.Equal("保定市", h.LowestCommonAncestor(Baoding.Mancheng, Baoding.Xushui)!.Name);
    }

    [Fact]
    public void Qingyuan_has_18_townships_and_an_office_without_a_congress()
    {
        var units = Baoding.Hierarchy().TownshipLevelUnits(Baoding.Qingyuan);

        Assert.Equal(19, units.Count);
        Assert.Equal(18, units.Count(u => u.HasCongress));
        var office = Assert.Single(units, u => !u.HasCongress);
        Assert.Equal("城区办事处", office.Name);
        Assert.Equal(DivisionKind.SubDistrictOffice, office.Kind);
        Assert.Null(office.Kind.CongressLevel());
    }

    [Fact]
    public void Xiantai_belongs_to_Mancheng_but_is_managed_by_the_high_tech_zone()
    {
        var h = Baoding.Hierarchy();

        Assert.Equal("满城区", h.ParentOf(Baoding.Xiantai)!.Name);
        Assert.Equal(Baoding.HighTechZone, h.ManagingBodyOf(Baoding.Xiantai)!.Code);
        Assert.True(h.IsWithin(Baoding.Xiantai, Baoding.Mancheng));
        Assert.False(h.IsWithin(Baoding.Xiantai, Baoding.HighTechZone));
        Assert.Equal("贤台乡", Assert.Single(h.ManagedBy(Baoding.HighTechZone)).Name);
        Assert.Equal(12, h.TownshipLevelUnits(Baoding.Mancheng).Count);
        Assert.False(h[Baoding.HighTechZone].HasCongress);
    }

    [Fact]
    public void Counts_by_kind_cover_the_whole_tree_and_a_subtree()
    {
        var h = Baoding.Hierarchy();

        Assert.Equal(3, h.CountOf(DivisionKind.District));
        Assert.Equal(18, h.CountOf(DivisionKind.Township));
        var qingyuan = h.CountsByKind(Baoding.Qingyuan);
        Assert.Equal(1, qingyuan[DivisionKind.District]);
        Assert.Equal(8, qingyuan[DivisionKind.Town]);
        Assert.Equal(10, qingyuan[DivisionKind.Township]);
        Assert.Equal(1, qingyuan[DivisionKind.SubDistrictOffice]);
        Assert.Equal(1, qingyuan[DivisionKind.Village]);
        Assert.Equal(h.Count, h.CountsByKind().Values.Sum());
    }

    [Fact]
    public void An_unknown_parent_is_a_violation_not_an_exception()
    {
        var divisions = Baoding.Divisions().Where(d => d.Code != Baoding.City).ToList();

        var result = new DivisionHierarchyBuilder().AddRange(divisions).Build();

        Assert.False(result.Succeeded);
        Assert.Null(result.Hierarchy);
        Assert.Equal(4, result.Violations.Count(v => v.Code == DivisionRules.UnknownParent.Code));
        Assert.Contains("130600", result.Violations[0].Message());
    }

    [Fact]
    public void A_parent_that_disagrees_with_the_code_is_a_violation()
    {
        var divisions = Baoding.Divisions().Append(
            new Division(DivisionCode.Parse("130609100"), "安肃镇", DivisionKind.Town, Baoding.Mancheng));

        var result = new DivisionHierarchyBuilder().AddRange(divisions).Build();

        var violation = Assert.Single(result.Violations);
        Assert.Equal("CD-DIV-003", violation.Code);
        Assert.Equal("130609100", violation.Subject);
        Assert.Contains("130609", violation.Message(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Duplicates_kinds_and_roots_are_checked()
    {
        Division[] divisions =
        [
            new(Baoding.Hebei, "河北省", DivisionKind.Province, DivisionCode.None),
            new(Baoding.City, "保定市", DivisionKind.PrefectureCity, Baoding.Hebei),
            new(Baoding.City, "保定", DivisionKind.PrefectureCity, Baoding.Hebei),
            new(Baoding.Mancheng, "满城区", DivisionKind.Town, Baoding.City),
            new(Baoding.Qingyuan, "清苑区", DivisionKind.District, DivisionCode.None),
            new(Baoding.Xushui, "徐水区", DivisionKind.District, Baoding.City, DivisionCode.Parse("130672")),
        ];

        var codes = new DivisionHierarchyBuilder().AddRange(divisions).Build().Violations.Select(v => $"{v.Subject} {v.Code}");

        Assert.Equal(["130600 CD-DIV-001", "130607 CD-DIV-004", "130608 CD-DIV-006", "130609 CD-DIV-005"], codes);
    }

    [Fact]
    public void The_same_division_added_twice_counts_once()
    {
        var divisions = Baoding.Divisions();

        var h = DivisionHierarchy.Create(divisions.Concat(divisions));

        Assert.Equal(divisions.Count, h.Count);
    }

    [Fact]
    public void Unknown_codes_are_refused_with_the_parameter_name()
    {
        var h = Baoding.Hierarchy();

        var ex = Assert.Throws<ArgumentException>(() => h.Ancestors(DivisionCode.Parse("130699")));
        Assert.Equal("code", ex.ParamName);
        Assert.False(h.IsWithin(DivisionCode.Parse("130699"), Baoding.City));
        Assert.Null(h.Find(DivisionCode.Parse("130699")));
    }

    [Property(Arbitrary = [typeof(DivisionArbitraries)], MaxTest = 200)]
    public bool Ancestors_are_exactly_the_ancestors_the_code_names(SyntheticDivisions s)
    {
        var h = s.Hierarchy();
        foreach (var d in h.All)
        {
            var byDigits = new List<DivisionCode>();
            for (var c = d.Code.ParentByDigits; !c.IsNone; c = c.ParentByDigits)
            {
                if (h.Contains(c))
                {
                    byDigits.Add(c);
                }
            }

            if (!h.Ancestors(d.Code).Select(a => a.Code).SequenceEqual(byDigits) || h.Ancestors(d.Code).Count != byDigits.Count)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(DivisionArbitraries)], MaxTest = 100)]
    public bool Is_within_is_a_partial_order_that_agrees_with_ancestors(SyntheticDivisions s)
    {
        var h = s.Hierarchy();
        var codes = h.All.Select(d => d.Code).ToArray();
        foreach (var a in codes)
        {
            if (!h.IsWithin(a, a))
            {
                return false;
            }

            foreach (var b in codes)
            {
                var within = h.IsWithin(a, b);
                if (within != (a == b || h.Ancestors(a).Any(x => x.Code == b)))
                {
                    return false;
                }

                if (within && a != b && h.IsWithin(b, a))
                {
                    return false;
                }

                if (within)
                {
                    foreach (var up in h.Ancestors(b))
                    {
                        if (!h.IsWithin(a, up.Code))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(DivisionArbitraries)], MaxTest = 100)]
    public Property The_lowest_common_ancestor_is_the_deepest_shared_one(SyntheticDivisions s, int i, int j)
    {
        var h = s.Hierarchy();
        var a = h.All[Math.Abs(i % h.Count)].Code;
        var b = h.All[Math.Abs(j % h.Count)].Code;
        var lca = h.LowestCommonAncestor(a, b);
        var shared = h.All.Where(d => h.IsWithin(a, d.Code) && h.IsWithin(b, d.Code)).ToList();
        var expected = shared.Count == 0 ? null : shared.MaxBy(d => h.Depth(d.Code));
        return (lca == expected).Label($"{a} {b} → {lca} expected {expected}");
    }

    [Property(Arbitrary = [typeof(DivisionArbitraries)], MaxTest = 200)]
    public bool Any_insertion_order_gives_the_same_answers(SyntheticDivisions s, int seed)
    {
        var one = DivisionHierarchy.Create(s.Divisions);
        var other = new DivisionHierarchyBuilder().AddRange(s.Shuffled(seed)).Build().Hierarchy!;
        return one.All.SequenceEqual(other.All)
            && one.All.All(d =>
                one.Descendants(d.Code).Count == other.Descendants(d.Code).Count
                && one.Ancestors(d.Code).SequenceEqual(other.Ancestors(d.Code))
                && one.Children(d.Code).SequenceEqual(other.Children(d.Code))
                && one.ManagingBodyOf(d.Code) == other.ManagingBodyOf(d.Code))
            && one.CountsByKind().SequenceEqual(other.CountsByKind());
    }

    [Property(Arbitrary = [typeof(DivisionArbitraries)], MaxTest = 100)]
    public bool Descendants_are_the_divisions_within_and_children_are_one_level_down(SyntheticDivisions s)
    {
        var h = s.Hierarchy();
        return h.All.All(d =>
            h.Descendants(d.Code).Select(x => x.Code).ToHashSet().SetEquals(h.All.Where(x => x != d && h.IsWithin(x.Code, d.Code)).Select(x => x.Code))
            && h.Children(d.Code).All(c => h.ParentOf(c.Code) == d)
            && h.Children(d.Code).Count() == h.All.Count(x => h.ParentOf(x.Code) == d));
    }

    [Property(Arbitrary = [typeof(DivisionArbitraries)], MaxTest = 100)]
    public bool Removing_a_parent_is_reported_for_each_child(SyntheticDivisions s, int pick)
    {
        var h = s.Hierarchy();
        var removed = h.All[Math.Abs(pick % h.Count)];
        var children = h.Children(removed.Code).Count();
        var managed = h.ManagedBy(removed.Code).Count;
        var result = new DivisionHierarchyBuilder().AddRange(s.Divisions.Where(d => d != removed)).Build();
        return result.Succeeded == (children == 0 && managed == 0)
            && result.Violations.Count(v => v.Code == "CD-DIV-002") == children
            && result.Violations.Count(v => v.Code == "CD-DIV-005") == managed;
    }
}
