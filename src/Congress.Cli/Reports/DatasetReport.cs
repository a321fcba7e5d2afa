using Congress.Domain.Campaigns;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Interchange;
using Congress.Domain.Interchange.Domain;
using Congress.Domain.Reporting.Writing;
using Congress.Domain.Rollups;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Cli.Reports;

/// <summary>
/// The report of a dataset on a date (工作情况报告): for each district its deputies by level (四级人大代表), its homes and
/// stations, and its campaign figures in total and by theme, rolled up by the roll-up engine and written by the
/// report writer; then the city's figures by theme.
/// </summary>
internal sealed class DatasetReport
{
    private DatasetReport(string cityName, LocalDate asOf, IReadOnlyList<DistrictSection> districts, IReadOnlyList<FigureGroup> cityThemes)
    {
        CityName = cityName;
        AsOf = asOf;
        Districts = districts;
        CityThemes = cityThemes;
    }

    public string CityName { get; }

    public LocalDate AsOf { get; }

    public IReadOnlyList<DistrictSection> Districts { get; }

    /// <summary>The city's totals, one group per city theme that has figures.</summary>
    public IReadOnlyList<FigureGroup> CityThemes { get; }

    /// <summary>Builds the report of <paramref name="dataset"/> as of <paramref name="asOf"/> (inclusive).</summary>
    public static DatasetReport Build(DatasetDto dataset, LocalDate asOf)
    {
        var divisions = dataset.Divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var districts = dataset.Divisions
            .Where(d => d.Kind is DivisionKindDto.District or DivisionKindDto.County or DivisionKindDto.CountyCity)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        var city = districts.Select(d => d.Parent).FirstOrDefault(p => p is not null && divisions.ContainsKey(p)) is { } cityCode
            ? divisions[cityCode]
            : null;

        var model = DatasetModel.Build(dataset).Model;
        var districtCodes = districts.Select(d => DivisionCode.Parse(d.Code)).ToList();
        var reported = districtCodes.Where(model.Divisions.Contains).ToList();

        // One pass over the mandates and one over the homes and stations for all districts: a national dataset has
        // thousands of districts, millions of mandates and hundreds of thousands of homes and stations.
        var compositions = model.Mandates.CompositionsOf(model.Divisions, reported, asOf);
        var undated = dataset.Stations.Where(p => p.Lifecycle.Count == 0).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var stationCounts = StationCounts.ByDistrict(model, reported, asOf, undated);
        var figures = RollUp(dataset, divisions, asOf, districtCodes, city?.Code, out var period, out var markers);
        var reportAsOf = ReportAsOf.EndOf(new YearMonth(asOf.Year, asOf.Month));
        if (asOf.PlusDays(1).Month == asOf.Month)
        {
            reportAsOf = ReportAsOf.On(asOf);
        }

        var sections = new List<DistrictSection>();
        foreach (var (district, code) in districts.Zip(districtCodes))
        {
            var total = Group(figures, code, null, district.Name, reportAsOf, markers, period);
            var themes = CityThemeCatalogue()
                .Select(t => Group(figures, code, t.Code, t.NameZh, reportAsOf, markers, period))
                .OfType<FigureGroup>()
                .ToList();
            sections.Add(new DistrictSection(
                district.Code,
                district.Name,
                district.Kind switch { DivisionKindDto.County => "县", DivisionKindDto.CountyCity => "市", _ => "区" },
                compositions.TryGetValue(code, out var composition) ? FourLevels.Of(composition) : new FourLevels(0, 0, 0, 0),
                stationCounts.GetValueOrDefault(code, StationCounts.None),
                total,
                themes));
        }

        var cityThemes = city is null
            ? []
            : CityThemeCatalogue()
                .Select(t => Group(figures, DivisionCode.Parse(city.Code), t.Code, t.NameZh, reportAsOf, markers, period))
                .OfType<FigureGroup>()
                .ToList();
        return new DatasetReport(city?.Name ?? "全市", asOf, sections, cityThemes);
    }

    private static IReadOnlyList<CityTheme> CityThemeCatalogue() => Congress.Domain.Campaigns.CityThemes.BuiltIn;

    /// <summary>
    /// Rolls every activity figure dated on or before <paramref name="asOf"/> up the division tree and the themes. The
    /// key space holds only the divisions the report reads (the districts, the city) and those with figures, with their
    /// ancestors: a dense roll-up over every village of a national dataset would not fit in memory.
    /// </summary>
    private static Rollup RollUp(DatasetDto dataset, Dictionary<string, DivisionDto> divisions, LocalDate asOf, IReadOnlyList<DivisionCode> districts, string? city, out RollupPeriod period, out Dictionary<(string Division, string? Theme, string Measure), List<string>> asWritten)
    {
        var campaignThemes = dataset.Campaigns.ToDictionary(
            c => c.Id,
            c => c.FocusAreas.ToDictionary(f => f.Code, f => f.ParentTheme ?? f.Code, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var activities = dataset.Activities.Where(a => a.Date <= asOf).ToList();
        var lastMonth = new YearMonth(asOf.Year, asOf.Month);
        var firstMonth = activities.Count == 0 ? lastMonth : activities.Select(a => new YearMonth(a.Date.Year, a.Date.Month)).Min();

        var needed = new HashSet<string>(StringComparer.Ordinal);
        void Need(string? code)
        {
            while (code is not null && divisions.TryGetValue(code, out var division) && needed.Add(code))
            {
                code = division.Parent;
            }
        }

        foreach (var district in districts)
        {
            Need(district.ToString());
        }

        Need(city);
        foreach (var activity in activities)
        {
            Need(activity.Division);
        }

        var builder = new RollupKeySpaceBuilder();
        foreach (var division in dataset.Divisions.Where(d => needed.Contains(d.Code)).OrderBy(d => d.Code.Length).ThenBy(d => d.Code, StringComparer.Ordinal))
        {
            var code = DivisionCode.Parse(division.Code);
            if (division.Parent is { } parent)
            {
                builder.AddDivision(code, DivisionCode.Parse(parent));
            }
            else
            {
                builder.AddDivisionByDigits(code);
            }
        }

        foreach (var theme in CityThemeCatalogue())
        {
            builder.AddTheme(theme.Code);
        }

        builder.AddMonths(firstMonth, lastMonth);
        foreach (var measure in Measures.BuiltIn)
        {
            builder.AddMeasure(measure);
        }

        var space = builder.Build();
        var rollup = new Rollup(space);
        asWritten = [];
        foreach (var activity in activities)
        {
            string? theme = null;
            if (activity.FocusArea is { } focus && activity.Campaign is { } campaign
                && campaignThemes.TryGetValue(campaign, out var map) && map.TryGetValue(focus, out var parentTheme))
            {
                theme = parentTheme;
            }

            foreach (var value in activity.Measures)
            {
                if (!Measures.TryFind(value.Measure, out var measure))
                {
                    continue;
                }

                var quantity = new Quantity(value.Value, measure.Unit, value.Qualifier);
                rollup.Add(space.CreateRecord(DivisionCode.Parse(activity.Division), theme, new YearMonth(activity.Date.Year, activity.Date.Month), measure, quantity));
                if (value.AsWritten is { } written)
                {
                    Remember(asWritten, activity.Division, theme, measure.Code, written);
                }
            }
        }

        period = RollupPeriod.Between(firstMonth, lastMonth);
        return rollup;
    }

    private static void Remember(Dictionary<(string, string?, string), List<string>> asWritten, string division, string? theme, string measure, string written)
    {
        foreach (var t in new[] { theme, null }.Distinct())
        {
            for (var code = DivisionCode.Parse(division); !code.IsNone; code = code.ParentByDigits)
            {
                var key = (code.ToString(), t, measure);
                if (!asWritten.TryGetValue(key, out var list))
                {
                    asWritten[key] = list = [];
                }

                list.Add(written);
            }
        }
    }

    /// <summary>
    /// One paragraph's figures: every measure with a total, in catalogue order. A total made of a single figure keeps the
    /// report's own marker for "more than" (70多条 stays 多), so the writer gives back what the district wrote.
    /// </summary>
    private static FigureGroup? Group(Rollup rollup, DivisionCode division, string? theme, string label, ReportAsOf asOf, Dictionary<(string, string?, string), List<string>> asWritten, RollupPeriod period)
    {
        var figures = new List<ReportFigure>();
        foreach (var measure in Measures.BuiltIn)
        {
            var total = rollup.Total(division, measure, period, theme);
            if (total.Value == 0 && total.IsExact)
            {
                continue;
            }

            MoreThanMarker? marker = null;
            if (asWritten.TryGetValue((division.ToString(), theme, measure.Code), out var written) && written.Count == 1 && written[0].Contains('多', StringComparison.Ordinal))
            {
                marker = MoreThanMarker.Duo;
            }

            figures.Add(new ReportFigure(measure, total, marker));
        }

        return figures.Count == 0 ? null : new FigureGroup(label, figures, asOf);
    }

}

/// <summary>One district's part of the report.</summary>
internal sealed record DistrictSection(string Code, string Name, string LevelWord, FourLevels Deputies, StationCounts Stations, FigureGroup? Total, IReadOnlyList<FigureGroup> Themes);

/// <summary>Deputies of the four levels who live or are stationed in a district (四级人大代表).</summary>
internal sealed record FourLevels(int Provincial, int Municipal, int County, int Township)
{
    /// <summary>The domain's four-level composition of a district (MandateRegister.CompositionOf).</summary>
    public static FourLevels Of(FourLevelComposition composition) =>
        new(composition.Provincial, composition.Municipal, composition.County, composition.Township);

    /// <summary>Whether the dataset holds no deputy of any level for the district.</summary>
    public bool None => Provincial + Municipal + County + Township == 0;
}

/// <summary>
/// Homes and stations of a district on a date, by kind, sponsor and stage; <paramref name="Undated"/> counts those the
/// dataset lists with no life-cycle dates, which the domain takes as operational only from the dataset's own date, so
/// that a report as of an earlier date says it does not know rather than counting them as absent.
/// </summary>
internal sealed record StationCounts(int Homes, int DistrictRunHomes, int TownshipRunHomes, int IndustryHomes, int Stations, int IndustryStations, int UnderConstruction, int Undated = 0)
{
    /// <summary>No home and no station.</summary>
    public static StationCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// Counts, for each district, the homes and stations of the domain model (<see cref="DatasetModel.LiaisonPoints"/>)
    /// serving a division within it that are in use on the date (<see cref="LiaisonPoint.IsInUseOn"/>: operational or
    /// upgraded; one the dataset lists with no life-cycle dates is operational from the dataset's date), and those under
    /// construction. One pass over the homes and stations, each placed by walking up its served division's ancestors.
    /// </summary>
    public static IReadOnlyDictionary<DivisionCode, StationCounts> ByDistrict(DatasetModel model, IReadOnlyCollection<DivisionCode> districts, LocalDate on, IReadOnlySet<string> undatedIds)
    {
        var slots = new Dictionary<DivisionCode, int[]>();
        foreach (var district in districts)
        {
            slots.TryAdd(district, new int[8]);
        }

        foreach (var point in model.LiaisonPoints)
        {
            var slot = SlotOf(point, point.StageOn(on), undatedIds);
            if (slot < 0 || !model.Divisions.Contains(point.ServedDivision))
            {
                continue;
            }

            if (slots.TryGetValue(point.ServedDivision, out var own))
            {
                Count(own, point, slot);
            }

            foreach (var ancestor in model.Divisions.Ancestors(point.ServedDivision))
            {
                if (slots.TryGetValue(ancestor.Code, out var counts))
                {
                    Count(counts, point, slot);
                }
            }
        }

        return slots.ToDictionary(p => p.Key, p => new StationCounts(p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4], p.Value[5], p.Value[6], p.Value[7]));
    }

    private const int InUse = 0, UnderConstructionSlot = 6, UndatedSlot = 7;

    // Where a home or station counts on the date: in use, under construction, undated (listed with no dates and not yet
    // operational by the domain's reading), or nowhere (-1: planned, not yet begun, or closed).
    private static int SlotOf(LiaisonPoint point, LifeCycleStage? stage, IReadOnlySet<string> undatedIds) => stage switch
    {
        LifeCycleStage.Operational or LifeCycleStage.Upgraded => InUse,
        LifeCycleStage.UnderConstruction => UnderConstructionSlot,
        null when undatedIds.Contains(point.Id) => UndatedSlot,
        _ => -1,
    };

    private static void Count(int[] counts, LiaisonPoint point, int slot)
    {
        if (slot != InUse)
        {
            counts[slot]++;
        }
        else if (point.Kind == LiaisonPointKind.Home)
        {
            counts[0]++;
            counts[1] += point.Sponsor == Sponsor.DistrictRun ? 1 : 0;
            counts[2] += point.Sponsor == Sponsor.TownshipRun ? 1 : 0;
            counts[3] += point.Sponsor == Sponsor.Industry ? 1 : 0;
        }
        else
        {
            counts[4]++;
            counts[5] += point.Sponsor == Sponsor.Industry ? 1 : 0;
        }
    }
}
