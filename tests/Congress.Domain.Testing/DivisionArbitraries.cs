using Congress.Domain.Divisions;
using FsCheck;
using FsCheck.Fluent;

namespace Congress.Domain.Testing;

/// <summary>
/// A small synthetic, code-consistent set of divisions grown from a shape (a list of small numbers), so that FsCheck
/// shrinks a failing case by shrinking the shape. Provinces, an optional municipality whose districts hang directly
/// under it, prefecture cities, functional zones that manage a township, counties, townships and villages.
/// </summary>
/// <param name="Shape">The numbers the tree was grown from.</param>
/// <param name="Divisions">The divisions, in code order.</param>
public sealed record SyntheticDivisions(int[] Shape, IReadOnlyList<Division> Divisions)
{
    private static readonly DivisionKind[] CountyKinds = [DivisionKind.District, DivisionKind.County, DivisionKind.CountyLevelCity];
    private static readonly DivisionKind[] TownshipKinds =
        [DivisionKind.Town, DivisionKind.Township, DivisionKind.EthnicTownship, DivisionKind.SubDistrict, DivisionKind.SubDistrictOffice];

    /// <summary>Grows the divisions from a shape.</summary>
    /// <param name="shape">Any integers; each is read modulo the branching it decides.</param>
    /// <returns>The synthetic divisions.</returns>
    public static SyntheticDivisions FromShape(int[] shape)
    {
        var k = 0;
        int Next(int max) => shape.Length == 0 ? 1 : Math.Abs(shape[k++ % shape.Length] % (max + 1));
        var list = new List<Division>();
        var provinces = 1 + Next(2);
        for (var p = 0; p < provinces; p++)
        {
            var provinceCode = (13 + (p * 7)) * 10_000L;
            if (p == 0 && Next(1) == 1)
            {
                // A municipality: districts directly under it, with no prefecture in between (1101xx → 110000).
                var municipality = Code(110_000);
                list.Add(new Division(municipality, "直辖市", DivisionKind.Municipality, DivisionCode.None));
                AddCounties(list, municipality, 110_100, Next);
            }

            var province = Code(provinceCode);
            list.Add(new Division(province, $"省{p}", DivisionKind.Province, DivisionCode.None));
            var cities = Next(3);
            for (var c = 1; c <= cities; c++)
            {
                var city = Code(provinceCode + (c * 100));
                list.Add(new Division(city, $"市{city}", DivisionKind.PrefectureCity, province));
                var countiesStart = list.Count;
                AddCounties(list, city, city.Value, Next);
                if (Next(1) == 1)
                {
                    var township = list.Skip(countiesStart).FirstOrDefault(d => d.Kind.IsTownshipLevel());
                    if (township is not null)
                    {
                        var zone = Code(city.Value + 71);
                        list.Add(new Division(zone, $"高新区{zone}", DivisionKind.FunctionalZone, city));
                        list[list.IndexOf(township)] = new Division(township.Code, township.Name, township.Kind, township.LegalParent, zone);
                    }
                }
            }
        }

        list.Sort((a, b) => a.Code.CompareTo(b.Code));
        return new SyntheticDivisions(shape, list);
    }

    /// <summary>The divisions in the order given by a seed (a shuffle), for insertion-order properties.</summary>
    /// <param name="seed">The shuffle seed.</param>
    /// <returns>The same divisions, reordered.</returns>
    public IReadOnlyList<Division> Shuffled(int seed)
    {
        var array = Divisions.ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }

    /// <summary>The hierarchy of these divisions (they always form one).</summary>
    /// <returns>The hierarchy.</returns>
    public DivisionHierarchy Hierarchy() => DivisionHierarchy.Create(Divisions);

    /// <summary>Lists the codes, for FsCheck's failure report.</summary>
    /// <returns>The codes.</returns>
    public override string ToString() => $"[{string.Join(",", Shape)}] → {Divisions.Count} divisions";

    private static void AddCounties(List<Division> list, DivisionCode parent, long codeBase, Func<int, int> next)
    {
        var counties = next(3);
        for (var c = 1; c <= counties; c++)
        {
            var county = Code(codeBase + c);
            list.Add(new Division(county, $"县{county}", CountyKinds[c % CountyKinds.Length], parent));
            var townships = next(3);
            for (var t = 0; t < townships; t++)
            {
                var township = Code((county.Value * 1000) + 100 + t);
                var kind = TownshipKinds[(t + c) % TownshipKinds.Length];
                list.Add(new Division(township, $"乡{township}", kind, county));
                var villages = next(2);
                for (var v = 0; v < villages; v++)
                {
                    var village = Code((township.Value * 1000) + 200 + v);
                    list.Add(new Division(village, $"村{village}", v % 2 == 0 ? DivisionKind.Village : DivisionKind.Community, township));
                }
            }
        }
    }

    private static DivisionCode Code(long value)
    {
        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return DivisionCode.Parse(digits.Length <= 6 ? digits.PadLeft(6, '0') : digits.Length <= 9 ? digits.PadLeft(9, '0') : digits.PadLeft(12, '0'));
    }
}

/// <summary>
/// FsCheck arbitraries for divisions. Use with <c>[Property(Arbitrary = [typeof(DivisionArbitraries)])]</c>.
/// </summary>
public static class DivisionArbitraries
{
    /// <summary>Synthetic, code-consistent divisions; shrink towards fewer, smaller branches.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SyntheticDivisions> SyntheticDivisions() =>
        ArbMap.Default.ArbFor<int[]>().Convert(Testing.SyntheticDivisions.FromShape, s => s.Shape);

    /// <summary>Any division kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DivisionKind> DivisionKind() =>
        Gen.Elements(DivisionKinds.All.ToArray()).ToArbitrary();
}
