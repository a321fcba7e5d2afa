using Congress.Domain.Figures;
using Congress.Domain.Testing;
using FsCheck.Xunit;

namespace Congress.Domain.Tests.Figures;

public sealed class QuantityTests
{
    [Fact]
    public void Xushui_suggestions_roll_up_to_more_than_187()
    {
        Quantity[] parts =
        [
            Quantity.Exact(22, Unit.Items),
            Quantity.Exact(26, Unit.Items),
            Quantity.MoreThan(70, Unit.Items),
            Quantity.MoreThan(50, Unit.Items),
            Quantity.Exact(19, Unit.Items),
        ];

        var total = parts.Aggregate(Quantity.Zero(Unit.Items), (a, b) => a + b);

        Assert.Equal(Quantity.MoreThan(187, Unit.Items), total);
        Assert.Equal("187余条", total.ToString());
    }

    [Fact]
    public void Adding_different_units_is_an_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => Quantity.Exact(4, Unit.Things) + Quantity.Exact(759_000_000m, Unit.Yuan));
        Assert.Equal("other", ex.ParamName);
    }

    [Fact]
    public void Negative_figures_are_refused_with_the_parameter_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Quantity(-1, Unit.Items));
        Assert.Equal("value", ex.ParamName);
    }

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Sum_is_exact_iff_every_part_is_exact(Quantity a, Quantity b) =>
        (a + b).IsExact == (a.IsExact && b.IsExact);

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool More_than_plus_anything_is_more_than(Quantity a, Quantity b) =>
        a.Qualifier != Qualifier.MoreThan || (a + b).Qualifier == Qualifier.MoreThan;

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Addition_is_commutative_and_associative(Quantity a, Quantity b, Quantity c) =>
        a + b == b + a && (a + b) + c == a + (b + c);

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Zero_is_the_identity(Quantity a) => a + Quantity.Zero(a.Unit) == a;
}

public sealed class QuantityMoneyAndOrderTests
{
    [Fact]
    public void Money_is_exact_yuan()
    {
        var investment = Quantity.Money(7.59m * 100_000_000m);
        Assert.Equal(Quantity.Exact(759_000_000m, Unit.Yuan), investment);
        Assert.True(investment.IsMoney);
        Assert.Equal("10000余元", Quantity.Money(10_000m, Qualifier.MoreThan).ToString());
        Assert.Equal(0.3m, (Quantity.Money(0.1m) + Quantity.Money(0.2m)).Value);
    }

    [Fact]
    public void The_lower_bound_view_drops_about_and_nearly()
    {
        Assert.Equal(810m, Quantity.MoreThan(810, Unit.PersonVisits).LowerBound);
        Assert.Null(new Quantity(300, Unit.People, Qualifier.About).LowerBound);
        Assert.Null(new Quantity(1000, Unit.People, Qualifier.Nearly).LowerBound);
    }

    [Fact]
    public void Sum_refuses_a_part_of_another_unit()
    {
        var ex = Assert.Throws<ArgumentException>(() => Quantity.Sum([Quantity.Exact(1, Unit.Items), Quantity.Exact(1, Unit.Times)], Unit.Items));
        Assert.Equal("parts", ex.ParamName);
        Assert.Equal(Quantity.Zero(Unit.Items), Quantity.Sum([], Unit.Items));
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => Quantity.Exact(1, Unit.Items) < Quantity.Exact(1, Unit.Times)).ParamName);
    }

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Sum_equals_the_fold_of_add(Quantity[] parts) =>
        Quantity.Sum(parts, Unit.PersonVisits) == parts.Aggregate(Quantity.Zero(Unit.PersonVisits), (a, b) => a + b);

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Ordering_is_consistent_with_equality(Quantity a, Quantity b) =>
        (a.CompareTo(b) == 0) == (a == b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a <= b) == !(a > b) && (a >= b) == !(a < b);
}
