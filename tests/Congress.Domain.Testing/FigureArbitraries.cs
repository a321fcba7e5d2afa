using Congress.Domain.Figures;
using FsCheck;
using FsCheck.Fluent;

namespace Congress.Domain.Testing;

/// <summary>
/// FsCheck arbitraries for figures, built by converting primitive arbitraries so that failures shrink.
/// Use with <c>[Property(Arbitrary = new[] { typeof(FigureArbitraries) })]</c>.
/// </summary>
public static class FigureArbitraries
{
    /// <summary>The units the seed uses.</summary>
    public static readonly Unit[] SeedUnits = [Unit.PersonVisits, Unit.Times, Unit.Items, Unit.Things, Unit.Yuan];

    /// <summary>Any qualifier.</summary>
    public static Arbitrary<Qualifier> Qualifier() =>
        ArbMap.Default.ArbFor<int>().Convert(i => (Figures.Qualifier)(Math.Abs(i % 5)), q => (int)q);

    /// <summary>Non-negative figures in person-visits, with any qualifier; shrink towards 0 and exact.</summary>
    public static Arbitrary<Quantity> Quantity() =>
        ArbMap.Default.ArbFor<(NonNegativeInt Value, int Cents, byte Qualifier)>().Convert(
            t => new Quantity(t.Value.Get + (Math.Abs(t.Cents % 100) / 100m), Unit.PersonVisits, (Figures.Qualifier)(t.Qualifier % 5)),
            q => (NonNegativeInt.NewNonNegativeInt((int)decimal.Truncate(q.Value)), (int)((q.Value - decimal.Truncate(q.Value)) * 100), (byte)q.Qualifier));
}
