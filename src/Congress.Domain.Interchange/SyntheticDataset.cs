using System.Collections.Immutable;
using System.Globalization;
using Congress.Domain.Congresses;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Interchange;

/// <summary>
/// The shape of one synthetic district: how many township-level units, villages and homes and stations it has.
/// </summary>
/// <param name="Townships">Township-level units (乡镇) per district.</param>
/// <param name="VillagesPerDistrict">Villages (村) per district, spread evenly over its townships; 0 for none.</param>
/// <param name="Stations">Homes and stations (代表之家、代表联络站) per district, at least 1 + <paramref name="Townships"/> when there are villages.</param>
/// <param name="DistrictsPerPrefecture">Districts per prefecture (at most 99).</param>
/// <param name="PrefecturesPerProvince">Prefectures per province (at most 99).</param>
internal readonly record struct SyntheticShape(int Townships, int VillagesPerDistrict, int Stations, int DistrictsPerPrefecture = 99, int PrefecturesPerProvince = 99)
{
    /// <summary>10 townships, no villages, 20 homes and stations: small and quick, for properties and the per-size benchmarks.</summary>
    public static SyntheticShape Small { get; } = new(10, 0, 20);

    /// <summary>The most districts the codes can hold (provinces 11 to 99).</summary>
    public int MaxDistricts => 89 * PrefecturesPerProvince * DistrictsPerPrefecture;

    /// <summary>
    /// China's proportions at 3,375 districts: 12 townships (40,500), 196 villages (661,500; 705,375 divisions with the
    /// districts, about 371 prefectures and 31 provinces) and 65 homes and stations (219,375) per district, with 800
    /// deputies per district (2,700,000), 9 districts to a prefecture and 12 prefectures to a province (375 and 32). The
    /// issue's national scale is 2.7 million deputies, 220,000 homes and stations, 40,000 township-level units and
    /// 700,000 divisions.
    /// </summary>
    public static SyntheticShape National { get; } = new(12, 196, 65, 9, 12);
}

/// <summary>
/// Builds synthetic datasets that pass every import check, for benchmarks and properties: <c>districts</c> county-level
/// districts, each with the shape's townships and villages, 200 county and 600 township deputies (800 in all), the
/// shape's homes and stations with assignments and evidence, a localised campaign, 50 activities and 20 suggestions.
/// Cost and size grow linearly with the number of districts.
/// </summary>
internal static class SyntheticDataset
{
    /// <summary>Deputies per district.</summary>
    public const int DeputiesPerDistrict = 800;

    private static readonly string[] Themes = [.. Congress.Domain.Campaigns.CityThemes.BuiltIn.Select(t => t.Code)];

    /// <summary>Creates a dataset.</summary>
    /// <param name="districts">How many districts (at least 1).</param>
    /// <param name="seed">The seed of the random choices (names, dates, figures, qualifiers, optional fields).</param>
    /// <param name="text">Optional text to weave into names and notes (property tests pass arbitrary Unicode here).</param>
    /// <param name="shape">The shape of each district; <see cref="SyntheticShape.Small"/> when absent.</param>
    public static DatasetDto Create(int districts, int seed = 1, IReadOnlyList<string>? text = null, SyntheticShape? shape = null)
    {
        var form = shape ?? SyntheticShape.Small;
        var random = new Random(seed);
        string Text(string fallback) => text is { Count: > 0 } ? fallback + text[random.Next(text.Count)] : fallback;
        LocalDate Day(int year) => new LocalDate(year, 1, 1).PlusDays(random.Next(365));

        // Dates of 2024 up to the dataset's date (2024-09-30), so that nothing is dated in the future of the data.
        LocalDate DayOf2024(int lastDayOfYear = 274) => new LocalDate(2024, 1, 1).PlusDays(random.Next(lastDayOfYear));
        var measures = Measures.BuiltIn;

        var divisions = ImmutableArray.CreateBuilder<DivisionDto>();
        var congresses = ImmutableArray.CreateBuilder<CongressDto>();
        var deputies = ImmutableArray.CreateBuilder<DeputyDto>();
        var stations = ImmutableArray.CreateBuilder<StationDto>();
        var evidence = ImmutableArray.CreateBuilder<EvidenceDto>();
        var assignments = ImmutableArray.CreateBuilder<AssignmentDto>();
        var campaigns = ImmutableArray.CreateBuilder<CampaignDto>();
        var activities = ImmutableArray.CreateBuilder<ActivityDto>();
        var suggestions = ImmutableArray.CreateBuilder<SuggestionDto>();
        var adoptions = ImmutableArray.CreateBuilder<AdoptionDto>();
        var term = new TermDto(1, new LocalDate(2021, 12, 1), new LocalDate(2026, 11, 30));
        var criteria = new[] { "site", "sign", "facilities", "rules", "archives" };
        var profile = new ProfileDto("五有", "1", criteria.Select(c => new CriterionDto(c, "有" + c, c, null, random.Next(2) == 0 ? null : 365)).ToImmutableArray());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var national = new CampaignDto("national", Text("全国"), new CongressRefDto("110000", CongressLevel.Provincial), new PeriodDto(new LocalDate(2024, 1, 1)), null,
            Themes.Select(t => new FocusAreaDto(t, Text(t), t)).ToImmutableArray());
        campaigns.Add(national);
        for (var i = 0; i < districts; i++)
        {
            var provinceNumber = 11 + (i / (form.PrefecturesPerProvince * form.DistrictsPerPrefecture));
            var prefectureNumber = 1 + (i / form.DistrictsPerPrefecture % form.PrefecturesPerProvince);
            var province = (provinceNumber * 10_000).ToString(CultureInfo.InvariantCulture);
            var prefecture = ((provinceNumber * 10_000) + (prefectureNumber * 100)).ToString(CultureInfo.InvariantCulture);
            var county = ((provinceNumber * 10_000) + (prefectureNumber * 100) + 1 + (i % form.DistrictsPerPrefecture)).ToString(CultureInfo.InvariantCulture);
            if (seen.Add(province))
            {
                divisions.Add(new DivisionDto(province, Text("省"), DivisionKindDto.Province));
                congresses.Add(new CongressDto(province, CongressLevel.Provincial, [term]));
                if (province != "110000")
                {
                    // A district localises the campaign of its own province's congress (CD-CMP-005).
                    campaigns.Add(national with { Id = province + "-c", Congress = new CongressRefDto(province, CongressLevel.Provincial) });
                }
            }

            if (seen.Add(prefecture))
            {
                divisions.Add(new DivisionDto(prefecture, Text("市"), DivisionKindDto.Prefecture, province));
                congresses.Add(new CongressDto(prefecture, CongressLevel.Municipal, [term]));
            }

            divisions.Add(new DivisionDto(county, Text("区"), DivisionKindDto.District, prefecture, Note: random.Next(4) == 0 ? Text("note") : null));
            congresses.Add(new CongressDto(county, CongressLevel.County, [term]));
            adoptions.Add(new AdoptionDto(county, profile.Name, profile.Version, new LocalDate(2020, 1, 1)));
            var towns = new string[form.Townships];
            var villages = new List<string>[towns.Length];
            for (var t = 0; t < towns.Length; t++)
            {
                towns[t] = county + (100 + t).ToString(CultureInfo.InvariantCulture);
                divisions.Add(new DivisionDto(towns[t], Text("镇"), t % 2 == 0 ? DivisionKindDto.Town : DivisionKindDto.Township, county, Invented: random.Next(3) == 0));
                congresses.Add(new CongressDto(towns[t], CongressLevel.Township, [term]));
                villages[t] = [];
            }

            for (var v = 0; v < form.VillagesPerDistrict; v++)
            {
                var town = v % towns.Length;
                var village = towns[town] + (201 + (v / towns.Length)).ToString(CultureInfo.InvariantCulture);
                villages[town].Add(village);
                divisions.Add(new DivisionDto(village, "村", DivisionKindDto.Village, towns[town], Invented: true));
            }

            // Small shape: station 0 in the district, the others in townships (s % 10). With villages: station 0 in the
            // district, one home per township, the rest liaison stations in villages, township by township.
            var stationIds = new string[form.Stations];
            var stationsOfTown = new List<int>[towns.Length];
            for (var t = 0; t < towns.Length; t++)
            {
                stationsOfTown[t] = [];
            }

            for (var s = 0; s < stationIds.Length; s++)
            {
                stationIds[s] = form.Stations > 99 ? $"{county}-S{s:000}" : $"{county}-S{s:00}";
                var town = s == 0 ? -1 : form.VillagesPerDistrict == 0 ? s % towns.Length : s <= towns.Length ? s - 1 : (s - towns.Length - 1) % towns.Length;
                var place = town < 0 ? county
                    : form.VillagesPerDistrict == 0 || s <= towns.Length ? towns[town]
                    : villages[town][(s - towns.Length - 1) / towns.Length % villages[town].Count];
                if (town >= 0)
                {
                    stationsOfTown[town].Add(s);
                }

                // The sponsor fits the kind, as the domain requires: homes are run by the district, a township or an
                // industry; stations by a village, an enterprise, a community or an industry. Only industry ones name it.
                var isHome = form.VillagesPerDistrict == 0 ? s < 11 : s <= towns.Length;
                var sponsor = s % 7 == 0 ? StationSponsorDto.Industry
                    : isHome ? (s == 0 ? StationSponsorDto.District : StationSponsorDto.Township)
                    : form.VillagesPerDistrict > 0 ? StationSponsorDto.Village
                    : random.Next(2) == 0 ? StationSponsorDto.Enterprise : StationSponsorDto.Community;
                var built = Day(2010 + random.Next(10));
                stations.Add(new StationDto(stationIds[s], Text("代表之家"), isHome ? StationKindDto.Home : StationKindDto.Station,
                    sponsor, place, sponsor == StationSponsorDto.Industry ? Text("industry") : null,
                    [new LifecycleEventDto(StationStateDto.Operational, built), new LifecycleEventDto(StationStateDto.Upgraded, built.PlusYears(5))],
                    random.Next(3) == 0 ? random.Next(1_000_000) / 100m : null));

                // Evidence of every criterion of the 五有, dated in 2024; one station in 20 lacks one, a true finding.
                var missing = random.Next(20) == 0 ? random.Next(criteria.Length) : -1;
                for (var c = 0; c < criteria.Length; c++)
                {
                    if (c != missing)
                    {
                        evidence.Add(new EvidenceDto(stationIds[s], criteria[c], DayOf2024(), By: Text("by")));
                    }
                }
            }

            var deputyIds = new string[DeputiesPerDistrict];
            for (var d = 0; d < deputyIds.Length; d++)
            {
                deputyIds[d] = $"{county}-D{d:0000}";
                var town = d % towns.Length;
                var congress = d < 200 ? new CongressRefDto(county, CongressLevel.County) : new CongressRefDto(towns[town], CongressLevel.Township);
                // One mandate in 50 ended early, with its date and reason together (the domain wants both or neither).
                var ended = random.Next(50) == 0;
                var mandate = new MandateDto(congress, 1, $"第{(d / 2) + 1}选区", null, term.Start,
                    ended ? new LocalDate(2022, 1, 1).PlusDays(random.Next(1000)) : null,
                    ended ? MandateEndReasonDto.Resigned : null);
                var generated = random.Next(2) == 0;
                deputies.Add(new DeputyDto(deputyIds[d], generated ? null : Text("代表"), generated, [mandate]));
                // A township deputy joins a home or station of their own township (进家入站 within the congress's area).
                var station = d < 200 ? d % stationIds.Length : stationsOfTown[town][d / towns.Length % stationsOfTown[town].Count];
                assignments.Add(new AssignmentDto(deputyIds[d], stationIds[station], new LocalDate(2022, 1, 1)));
            }

            var campaignId = county + "-c";
            campaigns.Add(new CampaignDto(campaignId, Text("实践活动"), new CongressRefDto(county, CongressLevel.County),
                new PeriodDto(new LocalDate(2024, 3, 1), new LocalDate(2024, 12, 31)), province == "110000" ? national.Id : province + "-c",
                Themes.Select(t => new FocusAreaDto(t, Text(t), null, t)).ToImmutableArray()));
            for (var a = 0; a < 50; a++)
            {
                var i1 = random.Next(measures.Count);
                var m1 = measures[i1];
                var m2 = measures[(i1 + 1 + random.Next(measures.Count - 1)) % measures.Count];
                var value2 = m2.Unit.IsMoney ? random.Next(100_000_000) / 100m : random.Next(100_000);
                activities.Add(new ActivityDto($"{county}-A{a:00}", new LocalDate(2024, 3, 1).PlusDays(random.Next(214)), (ActivityKindDto)random.Next(14), county, Text("活动"),
                    random.Next(2) == 0 ? stationIds[a % stationIds.Length] : null,
                    [deputyIds[random.Next(deputyIds.Length)], deputyIds[random.Next(deputyIds.Length)]],
                    Themes[a % 4], campaignId,
                    [
                        new MeasureValueDto(m1.Code, random.Next(10_000), (Qualifier)random.Next(5), null, random.Next(2) == 0 ? "810余人次" : null),
                        new MeasureValueDto(m2.Code, value2, Qualifier.Exact, m2.Unit.Word),
                    ]));
            }

            for (var s = 0; s < 20; s++)
            {
                // Every step in order (提出 → 整理 → 交办 → 办理 → 答复), all on or before the dataset's date.
                var raised = DayOf2024(240);
                suggestions.Add(new SuggestionDto($"{county}-Y{s:00}", deputyIds[random.Next(deputyIds.Length)], raised, Text("建议"),
                [
                    new SuggestionStateDto(SuggestionStateKindDto.Raised, raised),
                    new SuggestionStateDto(SuggestionStateKindDto.Compiled, raised.PlusDays(2)),
                    new SuggestionStateDto(SuggestionStateKindDto.Assigned, raised.PlusDays(3), Text("部门"), raised.PlusDays(30)),
                    new SuggestionStateDto(SuggestionStateKindDto.Handled, raised.PlusDays(15)),
                    new SuggestionStateDto(SuggestionStateKindDto.Answered, raised.PlusDays(20), Answer: Text("答复")),
                ]));
            }
        }

        if (seen.Add("110000"))
        {
            divisions.Insert(0, new DivisionDto("110000", Text("北京市"), DivisionKindDto.Province));
            congresses.Insert(0, new CongressDto("110000", CongressLevel.Provincial, [term]));
        }

        return new DatasetDto(
            DatasetDto.CurrentFormatVersion,
            new ProvenanceDto(Text("synthetic"), new LocalDate(2024, 9, 30), [new SourceDto("synthetic", Text("SyntheticDataset"))], [Text("generated")]),
            divisions.ToImmutable(), congresses.ToImmutable(), deputies.ToImmutable(), stations.ToImmutable(), [profile], adoptions.ToImmutable(),
            evidence.ToImmutable(), assignments.ToImmutable(), campaigns.ToImmutable(), activities.ToImmutable(), suggestions.ToImmutable());
    }
}
