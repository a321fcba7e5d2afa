using Congress.Domain.Figures;
using Congress.Domain.Testing;
using FsCheck.Xunit;

namespace Congress.Domain.Tests.Figures;

public sealed class FigureSetTests
{
    [Property(Arbitrary = [typeof(RollupArbitraries)])]
    public bool Merge_is_associative(FigureSet a, FigureSet b, FigureSet c) => a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)));

    [Property(Arbitrary = [typeof(RollupArbitraries)])]
    public bool Merge_is_commutative(FigureSet a, FigureSet b) => a.Merge(b).Equals(b.Merge(a)) && a.Merge(b).GetHashCode() == b.Merge(a).GetHashCode();

    [Property(Arbitrary = [typeof(RollupArbitraries)])]
    public bool Empty_is_the_identity(FigureSet a) => a.Merge(FigureSet.Empty).Equals(a) && FigureSet.Empty.Merge(a).Equals(a);

    [Property(Arbitrary = [typeof(RollupArbitraries)])]
    public bool Merge_adds_figure_by_figure(FigureSet a, FigureSet b)
    {
        var merged = a.Merge(b);
        return merged.Measures.All(m => merged[m] == (a.Contains(m) && b.Contains(m) ? a[m] + b[m] : a.Contains(m) ? a[m] : b[m]))
            && merged.Count == a.Measures.Union(b.Measures).Count();
    }

    [Fact]
    public void A_figure_must_be_in_its_measures_unit()
    {
        var ex = Assert.Throws<ArgumentException>(() => FigureSet.Of(Measures.Suggestions, Quantity.Exact(4, Unit.Times)));
        Assert.Equal("figure", ex.ParamName);
    }

    [Fact]
    public void A_missing_measure_reads_as_exact_zero_and_sets_print_by_code()
    {
        var set = FigureSet.Of(Measures.Suggestions, Quantity.MoreThan(90, Unit.Items)).Add(Measures.ProblemsSolved, Quantity.Exact(21, Unit.Things));
        Assert.Equal(Quantity.Zero(Unit.PersonVisits), set[Measures.VotersReceived]);
        Assert.False(set.Contains(Measures.VotersReceived));
        Assert.Equal("problems-solved=21个, suggestions=90余条", set.ToString());
        Assert.Equal(FigureSet.Empty, FigureSet.MergeAll([]));
    }
}
