using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Testing;
using Congress.Domain.Tests.Divisions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Deputies;

public sealed class MandateRegisterTests
{
    private static readonly LocalDate TermStart = new(2021, 9, 1);
    private static readonly LocalDate Day = new(2024, 9, 30);

    [Fact]
    public void Mancheng_four_level_composition_is_1_21_209_802()
    {
        var h = Baoding.Hierarchy();
        var register = ManchengRegister(h);

        var composition = register.CompositionOf(h, Baoding.Mancheng, Day);

        Assert.Equal(new FourLevelComposition(1, 21, 209, 802), composition);
        Assert.Equal("省1 市21 区209 乡802", composition.ToString());
        Assert.Empty(register.Validate(h));
    }

    [Fact]
    public void Ended_mandates_and_other_districts_do_not_count()
    {
        var h = Baoding.Hierarchy();
        var register = ManchengRegister(h);

        Assert.Equal(new FourLevelComposition(0, 1, 1, 0), register.CompositionOf(h, Baoding.Qingyuan, Day));
        Assert.Equal(new FourLevelComposition(1, 22, 209, 802), register.CompositionOf(h, Baoding.Mancheng, new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void A_second_concurrent_mandate_in_the_same_congress_is_refused_and_changes_nothing()
    {
        var township = new CongressKey(Township(0), CongressLevel.Township);
        var first = Direct("p1", township, TermStart);
        var register = MandateRegister.Empty.Add(first).Register;

        var change = register.Add(Direct("p1", township, TermStart.PlusYears(1)));

        Assert.False(change.Accepted);
        Assert.Same(register, change.Register);
        Assert.Equal(1, register.Count);
        Assert.Equal("CD-MND-002", Assert.Single(change.Violations).Code);
    }

    [Fact]
    public void The_same_person_may_sit_in_two_congresses_and_twice_in_one_after_the_first_ended()
    {
        var township = new CongressKey(Township(0), CongressLevel.Township);
        var district = new CongressKey(Baoding.Mancheng, CongressLevel.County);
        var first = Direct("p1", township, TermStart);
        var register = MandateRegister.Empty.Add(first).Register;

        register = Assert.IsType<MandateRegister>(register.Add(Direct("p1", district, TermStart)).Register);
        register = register.End(first, TermStart.PlusDays(99), MandateEndReason.MovedAway).Register;
        var again = register.Add(Direct("p1", township, TermStart.PlusDays(100)));

        Assert.True(again.Accepted);
        Assert.Equal(3, again.Register.Count);
        Assert.Equal(MandateEndReason.MovedAway, again.Register.Mandates[0].EndReason);
    }

    [Fact]
    public void An_electoral_district_elects_at_most_three()
    {
        var township = new CongressKey(Township(0), CongressLevel.Township);
        var register = MandateRegister.Empty;
        for (var i = 0; i < 3; i++)
        {
            register = register.Add(Direct($"p{i}", township, TermStart, "第1选区")).Register;
        }

        var fourth = register.Add(Direct("p9", township, TermStart, "第1选区"));

        Assert.False(fourth.Accepted);
        Assert.Equal("CD-MND-004", Assert.Single(fourth.Violations).Code);
        Assert.Empty(MandateRules.CheckElectoralDistrictSeats("第1选区", 3));
        Assert.Single(MandateRules.CheckElectoralDistrictSeats("第1选区", 0));
    }

    [Fact]
    public void Township_mandates_only_in_a_xiang_minzuxiang_or_zhen()
    {
        var h = Baoding.Hierarchy();
        var office = new Mandate(new DeputyId("p1"), new CongressKey(Baoding.QingyuanOffice, CongressLevel.Township), 1, MandateSource.ElectoralDistrict, Baoding.QingyuanOffice, TermStart);
        var countyOnTownship = new Mandate(new DeputyId("p2"), new CongressKey(Township(0), CongressLevel.County), 1, MandateSource.ElectoralDistrict, Township(0), TermStart);
        var unknown = new Mandate(new DeputyId("p3"), new CongressKey(DivisionCode.Parse("130699"), CongressLevel.County), 1, MandateSource.ElectoralDistrict, Baoding.Mancheng, TermStart);

        Assert.Equal(["CD-MND-005"], MandateRules.Check(office, h).Select(v => v.Code));
        Assert.Equal(["CD-MND-001"], MandateRules.Check(countyOnTownship, h).Select(v => v.Code));
        Assert.Equal(["CD-MND-001"], MandateRules.Check(unknown, h).Select(v => v.Code));
    }

    [Fact]
    public void How_a_mandate_was_won_follows_its_level_and_place()
    {
        var h = Baoding.Hierarchy();
        var municipal = new CongressKey(Baoding.City, CongressLevel.Municipal);
        var directCity = new Mandate(new DeputyId("p1"), municipal, 1, MandateSource.ElectoralDistrict, Baoding.Mancheng, TermStart);
        var selfElected = new Mandate(new DeputyId("p2"), municipal, 1, MandateSource.ElectingCongress, Baoding.City, TermStart);
        var outside = Direct("p3", new CongressKey(Baoding.Mancheng, CongressLevel.County), TermStart, electedIn: Baoding.Qingyuan);

        Assert.Equal(["CD-MND-003"], MandateRules.Check(directCity, h).Select(v => v.Code));
        Assert.Equal(["CD-MND-006"], MandateRules.Check(selfElected, h).Select(v => v.Code));
        Assert.Equal(["CD-MND-006"], MandateRules.Check(outside, h).Select(v => v.Code));
        Assert.False(MandateRegister.Empty.Add(directCity).Accepted);
    }

    [Fact]
    public void A_mandate_lies_within_its_term()
    {
        var congress = PeoplesCongress.Of(Baoding.Hierarchy()[Baoding.Mancheng]).WithTerm(CongressTerm.FiveYears(17, TermStart)).Congress;
        var inside = Direct("p1", congress.Key, TermStart.PlusDays(10), term: 17);
        var late = inside.EndedOn(TermStart.PlusYears(6), MandateEndReason.Other);

        Assert.Empty(MandateRules.CheckWithinTerm(inside, congress));
        Assert.Equal("CD-MND-007", Assert.Single(MandateRules.CheckWithinTerm(late, congress)).Code);
    }

    [Fact]
    public void Bad_mandates_are_refused_with_the_parameter_name()
    {
        var key = new CongressKey(Baoding.Mancheng, CongressLevel.County);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new Mandate(new DeputyId("p"), key, 1, MandateSource.ElectoralDistrict, Baoding.Mancheng, TermStart, TermStart.PlusDays(-1))).ParamName);
        Assert.Equal("endReason", Assert.Throws<ArgumentException>(() => new Mandate(new DeputyId("p"), key, 1, MandateSource.ElectoralDistrict, Baoding.Mancheng, TermStart, null, MandateEndReason.Death)).ParamName);
        Assert.Equal("deputy", Assert.Throws<ArgumentException>(() => new Mandate(default, key, 1, MandateSource.ElectoralDistrict, Baoding.Mancheng, TermStart)).ParamName);
        Assert.Throws<ArgumentException>(() => MandateRegister.Empty.End(Direct("p", key, TermStart), TermStart, null));
    }

    [Property(Arbitrary = [typeof(MandateArbitraries)], MaxTest = 300)]
    public Property Adding_a_range_gives_the_register_and_refusals_of_adding_one_by_one(MandateStep[] steps, NonNegativeInt split)
    {
        CongressKey[] congresses = [new(Township(0), CongressLevel.Township), new(Township(1), CongressLevel.Township)];
        var origin = new LocalDate(2021, 1, 1);

        // Few persons and two electoral districts, so that both refusals (two mandates in one congress, more than three
        // deputies in one electoral district) happen often.
        var mandates = steps.Select(step =>
        {
            var start = origin.PlusDays(step.Start);
            return new Mandate(
                new DeputyId($"p{step.Person}"), congresses[step.Congress], 1, MandateSource.ElectoralDistrict, congresses[step.Congress].Division, start,
                step.Length < 0 ? null : start.PlusDays(step.Length), electoralDistrict: $"第{step.Length & 1}选区");
        }).ToList();
        var first = split.Get % (mandates.Count + 1);

        var oneByOne = MandateRegister.Empty;
        var refusedOneByOne = new List<(int, string)>();
        for (var i = 0; i < mandates.Count; i++)
        {
            var change = oneByOne.Add(mandates[i]);
            refusedOneByOne.AddRange(change.Violations.Select(v => (i, v.Code)));
            oneByOne = change.Register;
        }

        var start = MandateRegister.Empty;
        foreach (var m in mandates.Take(first))
        {
            start = start.Add(m).Register;
        }

        var batch = start.AddRange(mandates.Skip(first));
        var refusedInBatch = refusedOneByOne.Where(r => r.Item1 >= first).ToList();

        // A register loaded in bulk answers later changes as the one-by-one register does.
        var again = mandates.Count == 0 || batch.Register.Add(mandates[0]).Violations.Select(v => v.Code).SequenceEqual(oneByOne.Add(mandates[0]).Violations.Select(v => v.Code));

        return (again && batch.Register.Mandates.SequenceEqual(oneByOne.Mandates)
                && batch.Refused.SelectMany(r => r.Violations.Select(v => (r.Index + first, v.Code))).SequenceEqual(refusedInBatch)
                && (batch.Refused.Count < mandates.Count - first || ReferenceEquals(batch.Register, start)))
            .Label($"batch {batch.Register.Count} vs {oneByOne.Count}; refused {batch.Refused.Count} vs {refusedInBatch.Count}");
    }

    [Fact]
    public void A_range_with_a_null_mandate_is_refused_whole_and_changes_nothing()
    {
        var key = new CongressKey(Baoding.Mancheng, CongressLevel.County);
        var register = MandateRegister.Empty.Add(Direct("p0", key, TermStart)).Register;

        Assert.Equal("mandates", Assert.Throws<ArgumentNullException>(() => register.AddRange([Direct("p1", key, TermStart), null!])).ParamName);
        Assert.Equal(1, register.Count);
    }

    [Property(Arbitrary = [typeof(MandateArbitraries)], MaxTest = 300)]
    public Property No_sequence_of_changes_lets_two_concurrent_mandates_into_one_congress(MandateStep[] steps)
    {
        CongressKey[] congresses = [new(Township(0), CongressLevel.Township), new(Township(1), CongressLevel.Township)];
        var register = MandateRegister.Empty;
        var origin = new LocalDate(2021, 1, 1);
        foreach (var step in steps)
        {
            var before = register;
            var count = before.Count;
            if (step.IsEnd && before.Count > 0)
            {
                var target = before.Mandates[step.Person % before.Count];
                var ended = target.EndedOn(target.Start.PlusDays(Math.Abs(step.Length)), MandateEndReason.Resignation);
                var clash = before.Mandates.Any(m => !ReferenceEquals(m, target) && m.Deputy == ended.Deputy && m.Congress == ended.Congress && m.Overlaps(ended));
                var ending = before.End(target, ended.End!.Value, MandateEndReason.Resignation);
                if (ending.Accepted == clash || (!ending.Accepted && !ReferenceEquals(ending.Register, before)))
                {
                    return false.Label($"ending accepted={ending.Accepted} clash={clash} for {ended}");
                }

                register = ending.Register;
                continue;
            }

            var start = origin.PlusDays(step.Start);
            var mandate = new Mandate(
                new DeputyId($"p{step.Person}"), congresses[step.Congress], 1, MandateSource.ElectoralDistrict, congresses[step.Congress].Division, start,
                step.Length < 0 ? null : start.PlusDays(step.Length));
            var conflict = before.Mandates.Any(m => m.Deputy == mandate.Deputy && m.Congress == mandate.Congress && m.Overlaps(mandate));
            var change = before.Add(mandate);
            if (change.Accepted == conflict)
            {
                return false.Label($"accepted={change.Accepted} conflict={conflict} for {mandate}");
            }

            if (!change.Accepted && (!ReferenceEquals(change.Register, before) || before.Count != count || change.Violations.Count == 0))
            {
                return false.Label("a refused change altered the register");
            }

            register = change.Register;
        }

        var pairs = register.Mandates.SelectMany((a, i) => register.Mandates.Skip(i + 1), (a, b) => (a, b));
        return pairs.All(p => p.a.Deputy != p.b.Deputy || p.a.Congress != p.b.Congress || !p.a.Overlaps(p.b)).Label("two concurrent mandates");
    }

    [Fact]
    public void Compositions_of_many_districts_at_once_are_each_district_s_composition()
    {
        var h = Baoding.Hierarchy();
        var register = ManchengRegister(h);

        var all = register.CompositionsOf(h, [Baoding.Mancheng, Baoding.Qingyuan, Baoding.Mancheng], Day);

        Assert.Equal(2, all.Count);
        Assert.Equal(new FourLevelComposition(1, 21, 209, 802), all[Baoding.Mancheng]);
        Assert.Equal(new FourLevelComposition(0, 1, 1, 0), all[Baoding.Qingyuan]);
        Assert.Throws<ArgumentException>("districts", () => register.CompositionsOf(h, [DivisionCode.Parse("130699")], Day));
    }

    [Property(MaxTest = 50)]
    public bool Compositions_agree_with_the_definition_for_every_division_and_date(NonNegativeInt days, bool reversed)
    {
        var h = Baoding.Hierarchy();
        var register = Register.Value;
        var date = TermStart.PlusDays((days.Get % 2400) - 200);
        var codes = h.All.Select(d => d.Code).ToList();
        if (reversed)
        {
            codes.Reverse();
        }

        var all = register.CompositionsOf(h, codes, date);
        return codes.All(c => all[c] == Naive(c) && register.CompositionOf(h, c, date) == Naive(c));

        // The definition, written plainly: distinct persons per level with an active mandate whose liaison division lies within.
        FourLevelComposition Naive(DivisionCode district)
        {
            var persons = register.Mandates
                .Where(m => m.Congress.Level != CongressLevel.National && m.IsActiveOn(date) && h.IsWithin(m.LiaisonDivision, district))
                .Select(m => (m.Congress.Level, m.Deputy))
                .Distinct()
                .ToList();
            int Count(CongressLevel level) => persons.Count(p => p.Level == level);
            return new FourLevelComposition(Count(CongressLevel.Provincial), Count(CongressLevel.Municipal), Count(CongressLevel.County), Count(CongressLevel.Township));
        }
    }

    private static readonly Lazy<MandateRegister> Register = new(() => ManchengRegister(Baoding.Hierarchy()));

    internal static MandateRegister ManchengRegister(DivisionHierarchy h)
    {
        var register = MandateRegister.Empty;
        void Add(Mandate m)
        {
            var change = register.Add(m);
            Assert.True(change.Accepted, string.Join("; ", change.Violations));
            register = change.Register;
        }

        var hebei = new CongressKey(Baoding.Hebei, CongressLevel.Provincial);
        var city = new CongressKey(Baoding.City, CongressLevel.Municipal);
        var mancheng = new CongressKey(Baoding.Mancheng, CongressLevel.County);
        var qingyuan = new CongressKey(Baoding.Qingyuan, CongressLevel.County);

        // 驻满省人大代表1名: elected by the city congress, stationed in 满城区.
        Add(new Mandate(new DeputyId("s1"), hebei, 14, MandateSource.ElectingCongress, Baoding.City, TermStart, stationedIn: Baoding.Mancheng));

        // 驻满市人大代表21名: elected by the 满城区 congress; one more who moved away in 2023 no longer counts.
        for (var i = 0; i < 21; i++)
        {
            Add(new Mandate(new DeputyId($"m{i}"), city, 16, MandateSource.ElectingCongress, Baoding.Mancheng, TermStart));
        }

        Add(new Mandate(new DeputyId("m-left"), city, 16, MandateSource.ElectingCongress, Baoding.Mancheng, TermStart, new LocalDate(2023, 3, 1), MandateEndReason.MovedAway));

        // A 清苑 municipal deputy and a 清苑 district deputy, outside 满城.
        Add(new Mandate(new DeputyId("q1"), city, 16, MandateSource.ElectingCongress, Baoding.Qingyuan, TermStart));
        Add(Direct("q2", qingyuan, TermStart, electedIn: Baoding.Dafu));

        // 区人大代表209名 across the 12 townships; 乡人大代表802名, the first 30 of whom are also district deputies.
        var units = h.TownshipLevelUnits(Baoding.Mancheng);
        for (var i = 0; i < 209; i++)
        {
            var person = i < 30 ? $"t{i}" : $"d{i}";
            Add(Direct(person, mancheng, TermStart, $"第{i / 2}选区", units[i % units.Count].Code));
        }

        for (var i = 0; i < 802; i++)
        {
            var unit = units[i % units.Count].Code;
            Add(Direct($"t{i}", new CongressKey(unit, CongressLevel.Township), TermStart, $"第{i / 36}选区", unit));
        }

        return register;
    }

    private static DivisionCode Township(int i) => DivisionCode.Parse($"130607{100 + i}");

    private static Mandate Direct(string person, CongressKey congress, LocalDate start, string? district = null, DivisionCode electedIn = default, int term = 1) =>
        new(new DeputyId(person), congress, term, MandateSource.ElectoralDistrict, electedIn.IsNone ? congress.Division : electedIn, start, electoralDistrict: district);
}
