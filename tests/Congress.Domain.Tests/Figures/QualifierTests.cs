using Congress.Domain.Figures;
using Congress.Domain.Testing;
using FsCheck.Xunit;

namespace Congress.Domain.Tests.Figures;

public sealed class QualifierTests
{
    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Combine_is_commutative_associative_and_idempotent(Qualifier a, Qualifier b, Qualifier c) =>
        a.Combine(b) == b.Combine(a) && a.Combine(b).Combine(c) == a.Combine(b.Combine(c)) && a.Combine(a) == a;

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Exact_is_the_identity_and_more_than_absorbs(Qualifier a) =>
        a.Combine(Qualifier.Exact) == a && a.Combine(Qualifier.MoreThan) == Qualifier.MoreThan;

    [Property(Arbitrary = [typeof(FigureArbitraries)])]
    public bool Combine_is_a_join_an_upper_bound_of_both(Qualifier a, Qualifier b) =>
        a.Combine(b).Combine(a) == a.Combine(b) && a.Combine(b).Combine(b) == a.Combine(b);

    [Fact]
    public void The_lattice_bits_make_combine_a_bitwise_or()
    {
        foreach (var a in Enum.GetValues<Qualifier>())
        {
            Assert.Equal(a, QualifierExtensions.FromLatticeBits(a.ToLatticeBits()));
            foreach (var b in Enum.GetValues<Qualifier>())
            {
                Assert.Equal(a.Combine(b), QualifierExtensions.FromLatticeBits(a.ToLatticeBits() | b.ToLatticeBits()));
            }
        }
    }

    [Fact]
    public void At_least_with_nearly_is_about_and_only_bounded_qualifiers_are_lower_bounds()
    {
        Assert.Equal(Qualifier.About, Qualifier.AtLeast.Combine(Qualifier.Nearly));
        Assert.Equal(Qualifier.About, Qualifier.Nearly.Combine(Qualifier.About));
        Assert.Equal([Qualifier.Exact, Qualifier.MoreThan, Qualifier.AtLeast], Enum.GetValues<Qualifier>().Where(q => q.IsLowerBound()));
    }
}
