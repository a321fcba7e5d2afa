using Congress.Domain.Divisions;
using Congress.Domain.Interchange;
using Congress.Domain.Interchange.Domain;
using Congress.Domain.Standards;
using Congress.Domain.Stations;

namespace Congress.Cli.Data;

/// <summary>
/// The homes and stations the <c>compliance</c> verb judges, grouped by district: read from a dataset (by default the
/// embedded Baoding dataset, <see cref="BaodingDataset"/>) through <see cref="DatasetModel"/>.
/// </summary>
/// <remarks>
/// The Baoding dataset holds the seed's facts: 满城 16 homes (1 district-run, 12 township-run, 3 industry: 电力电气, 生活用纸,
/// 食品) and 16 village stations, its three industry homes meeting "五有"; 清苑 20 homes built 2010-09, the 19 township-level
/// units' homes raised in 2022, 5 stations of 2022 and two under construction; 徐水 21 homes and stations, one an industry
/// station. What the dataset invents it marks (docs/interchange.md).
/// </remarks>
internal static class SeedStations
{
    private static readonly Lazy<SeedSample> Built = new(() => FromDataset(BaodingDataset.Load()));

    /// <summary>The embedded Baoding dataset's districts.</summary>
    public static SeedSample Sample => Built.Value;

    /// <summary>The districts of a dataset: every county-level division with homes or stations, its township-level units,
    /// its homes and stations with their evidence, and the profile adoptions.</summary>
    /// <param name="dataset">An imported dataset.</param>
    /// <returns>The sample.</returns>
    public static SeedSample FromDataset(DatasetDto dataset)
    {
        var model = DatasetModel.Build(dataset).Model;
        var divisions = model.Divisions;
        var districts = model.LiaisonPoints
            .GroupBy(p => model.CountyOf(p.ServedDivision))
            .Where(g => !g.Key.IsNone)
            .OrderBy(g => g.Key)
            .Select(g => new SeedDistrict(
                g.Key,
                divisions[g.Key].Name,
                divisions.TownshipLevelUnits(g.Key).Select(d => d.Code).ToArray(),
                g.ToArray(),
                g.ToDictionary(p => p.Id, p => model.Evidence.GetValueOrDefault(p.Id, EvidenceFile.Empty), StringComparer.Ordinal)))
            .ToArray();
        return new SeedSample(districts, model.Adoptions);
    }
}

/// <summary>The homes and stations of a dataset by district, and the profiles the districts adopted.</summary>
/// <param name="Districts">The districts.</param>
/// <param name="Adoptions">Their profile adoptions.</param>
internal sealed record SeedSample(IReadOnlyList<SeedDistrict> Districts, ProfileAdoptions Adoptions);

/// <summary>One district of the sample.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="TownshipUnits">Its township-level units.</param>
/// <param name="Points">Its homes and stations.</param>
/// <param name="Evidence">The evidence file of each home or station, by id.</param>
internal sealed record SeedDistrict(DivisionCode Code, string Name, IReadOnlyList<DivisionCode> TownshipUnits, IReadOnlyList<LiaisonPoint> Points, IReadOnlyDictionary<string, EvidenceFile> Evidence);
