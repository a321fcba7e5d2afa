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
