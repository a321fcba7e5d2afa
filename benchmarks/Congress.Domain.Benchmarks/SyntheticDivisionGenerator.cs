using System.Globalization;
using Congress.Domain.Divisions;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// A synthetic but code-consistent national hierarchy: 31 provinces (the real province codes) → cities → counties →
/// townships → villages, each code built from its parent's digits. The defaults give 703,173 divisions.
/// </summary>
public static class SyntheticDivisionGenerator
{
    private static readonly int[] ProvinceCodes = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    /// <summary>Generates the divisions, in code order.</summary>
    /// <param name="citiesPerProvince">Prefecture cities per province (at most 99).</param>
    /// <param name="countiesPerCity">Counties per city (at most 99).</param>
    /// <param name="townshipsPerCounty">Townships per county (at most 899).</param>
    /// <param name="villagesPerTownship">Villages per township (at most 799).</param>
    /// <returns>The divisions.</returns>
    public static List<Division> Generate(int citiesPerProvince = 11, int countiesPerCity = 9, int townshipsPerCounty = 12, int villagesPerTownship = 18)
    {
        var list = new List<Division>();
        foreach (var p in ProvinceCodes)
        {
            var province = Code(p * 10_000L, 6);
            list.Add(new Division(province, $"省{p}", DivisionKind.Province, DivisionCode.None));
            for (var c = 1; c <= citiesPerProvince; c++)
            {
                var city = Code(province.Value + (c * 100), 6);
                list.Add(new Division(city, $"市{city}", DivisionKind.PrefectureCity, province));
                for (var k = 1; k <= countiesPerCity; k++)
                {
                    var county = Code(city.Value + k, 6);
                    list.Add(new Division(county, $"区{county}", k % 3 == 0 ? DivisionKind.County : DivisionKind.District, city));
                    for (var t = 0; t < townshipsPerCounty; t++)
                    {
                        var township = Code((county.Value * 1000) + 100 + t, 9);
                        list.Add(new Division(township, $"镇{township}", t % 4 == 0 ? DivisionKind.Township : DivisionKind.Town, county));
                        for (var v = 0; v < villagesPerTownship; v++)
                        {
                            var village = Code((township.Value * 1000) + 200 + v, 12);
                            list.Add(new Division(village, $"村{village}", DivisionKind.Village, township));
                        }
                    }
                }
            }
        }

        return list;
    }

    private static DivisionCode Code(long value, int digits) =>
        DivisionCode.Parse(value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'));
}
