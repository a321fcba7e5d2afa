using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Tests.Divisions;
using NodaTime;

namespace Congress.Domain.Tests.Deputies;

public sealed class PeoplesCongressTests
{
    private static readonly LocalDate Start = new(2021, 9, 1);

    [Fact]
    public void Only_divisions_that_legally_have_one_get_a_congress()
    {
        var h = Baoding.Hierarchy();

        Assert.Equal(CongressLevel.County, PeoplesCongress.Of(h[Baoding.Mancheng]).Level);
        Assert.Equal(CongressLevel.Township, PeoplesCongress.Of(h[Baoding.Xiantai]).Level);
        Assert.Equal("division", Assert.Throws<ArgumentException>(() => PeoplesCongress.Of(h[Baoding.QingyuanOffice])).ParamName);
        Assert.Throws<ArgumentException>(() => PeoplesCongress.Of(h[Baoding.HighTechZone]));
        Assert.Equal("CD-CNG-001", Assert.Single(CongressRules.CheckHasCongress(h[Baoding.QingyuanOffice], CongressLevel.Township)).Code);
        Assert.Empty(CongressRules.CheckHasCongress(h[Baoding.Xiantai], CongressLevel.Township));
    }

    [Fact]
    public void Kinds_without_a_congress_are_exactly_the_five()
    {
        var without = DivisionKinds.All.Where(k => !k.HasCongress());

        Assert.Equal([DivisionKind.SubDistrict, DivisionKind.SubDistrictOffice, DivisionKind.FunctionalZone, DivisionKind.Village, DivisionKind.Community], without);
    }

    [Fact]
    public void Terms_are_five_years_and_do_not_overlap()
    {
        var congress = PeoplesCongress.Of(Baoding.Hierarchy()[Baoding.Mancheng]);

        var seventeenth = CongressTerm.FiveYears(17, Start);
        var withTerm = congress.WithTerm(seventeenth);
        var overlapping = withTerm.Congress.WithTerm(CongressTerm.FiveYears(18, Start.PlusYears(4)));
        var tooLong = withTerm.Congress.WithTerm(new CongressTerm(18, new DateInterval(Start.PlusYears(5), Start.PlusYears(12))));

        Assert.True(withTerm.Accepted);
        Assert.Equal("第17届 2021-09-01/2026-08-31", seventeenth.ToString());
        Assert.Empty(CongressRules.CheckTermLength(congress.Key, seventeenth));
        Assert.False(overlapping.Accepted);
        Assert.Same(withTerm.Congress, overlapping.Congress);
        Assert.Equal("CD-CNG-003", overlapping.Violations[0].Code);
        Assert.True(tooLong.Accepted);
        Assert.Equal("CD-CNG-002", Assert.Single(tooLong.Violations).Code);
        Assert.Equal(17, tooLong.Congress.TermOn(new LocalDate(2024, 1, 1))!.Number);
        Assert.Equal(18, tooLong.Congress.Term(18)!.Number);
        Assert.Null(congress.TermOn(Start));
    }

    [Fact]
    public void Congress_keys_know_the_national_congress()
    {
        Assert.Equal(CongressLevel.National, CongressKey.National.Level);
        Assert.Throws<ArgumentException>(() => new CongressKey(DivisionCode.None, CongressLevel.County));
        Assert.Throws<ArgumentException>(() => new CongressKey(Baoding.Mancheng, CongressLevel.National));
        Assert.True(CongressLevel.Township.IsDirectlyElected());
        Assert.False(CongressLevel.Municipal.IsDirectlyElected());
    }
}
