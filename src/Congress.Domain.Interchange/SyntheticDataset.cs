using System.Collections.Immutable;
using System.Globalization;
using Congress.Domain.Congresses;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Interchange;

/// <summary>
/// Builds synthetic datasets that pass every import check, for benchmarks and properties: <c>districts</c> county-level
/// districts, each with 10 townships, 200 county and 600 township deputies (800 in all), 20 homes and stations with
/// assignments and evidence, a localised campaign, 50 activities and 20 suggestions. Cost and size grow linearly.
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
    public static DatasetDto Create(int districts, int seed = 1, IReadOnlyList<string>? text = null)
    {
        var random = new Random(seed);
        string Text(string fallback) => text is { Count: > 0 } ? fallback + text[random.Next(text.Count)] : fallback;
        LocalDate Day(int year) => new LocalDate(year, 1, 1).PlusDays(random.Next(365));
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
            var provinceNumber = 11 + (i / (99 * 99));
            var prefectureNumber = 1 + (i / 99 % 99);
            var province = (provinceNumber * 10_000).ToString(CultureInfo.InvariantCulture);
            var prefecture = ((provinceNumber * 10_000) + (prefectureNumber * 100)).ToString(CultureInfo.InvariantCulture);
            var county = ((provinceNumber * 10_000) + (prefectureNumber * 100) + 1 + (i % 99)).ToString(CultureInfo.InvariantCulture);
            if (seen.Add(province))
            {
                divisions.Add(new DivisionDto(province, Text("省"), DivisionKindDto.Province));
                congresses.Add(new CongressDto(province, CongressLevel.Provincial, [term]));
            }

            if (seen.Add(prefecture))
            {
                divisions.Add(new DivisionDto(prefecture, Text("市"), DivisionKindDto.Prefecture, province));
                congresses.Add(new CongressDto(prefecture, CongressLevel.Municipal, [term]));
            }

            divisions.Add(new DivisionDto(county, Text("区"), DivisionKindDto.District, prefecture, Note: random.Next(4) == 0 ? Text("note") : null));
            congresses.Add(new CongressDto(county, CongressLevel.County, [term]));
            adoptions.Add(new AdoptionDto(county, profile.Name, profile.Version, new LocalDate(2020, 1, 1)));
            var towns = new string[10];
            for (var t = 0; t < towns.Length; t++)
            {
                towns[t] = county + (100 + t).ToString(CultureInfo.InvariantCulture);
                divisions.Add(new DivisionDto(towns[t], Text("镇"), t % 2 == 0 ? DivisionKindDto.Town : DivisionKindDto.Township, county, Invented: random.Next(3) == 0));
                congresses.Add(new CongressDto(towns[t], CongressLevel.Township, [term]));
            }

            var stationIds = new string[20];
            for (var s = 0; s < stationIds.Length; s++)
            {
                stationIds[s] = $"{county}-S{s:00}";
                var built = Day(2010 + random.Next(10));
                stations.Add(new StationDto(stationIds[s], Text("代表之家"), s < 11 ? StationKindDto.Home : StationKindDto.Station,
                    (StationSponsorDto)random.Next(6), s == 0 ? county : towns[s % 10], s % 7 == 0 ? Text("industry") : null,
                    [new LifecycleEventDto(StationStateDto.Operational, built), new LifecycleEventDto(StationStateDto.Upgraded, built.PlusYears(5))],
                    random.Next(3) == 0 ? random.Next(1_000_000) / 100m : null));
                evidence.Add(new EvidenceDto(stationIds[s], criteria[random.Next(criteria.Length)], Day(2024), By: Text("by")));
            }

            var deputyIds = new string[DeputiesPerDistrict];
            for (var d = 0; d < deputyIds.Length; d++)
            {
                deputyIds[d] = $"{county}-D{d:0000}";
                var congress = d < 200 ? new CongressRefDto(county, CongressLevel.County) : new CongressRefDto(towns[d % 10], CongressLevel.Township);
                var mandate = new MandateDto(congress, 1, $"第{(d / 2) + 1}选区", null, term.Start,
                    random.Next(50) == 0 ? term.Start.PlusDays(random.Next(1000)) : null,
                    random.Next(50) == 0 ? MandateEndReasonDto.Resigned : null);
                var generated = random.Next(2) == 0;
                deputies.Add(new DeputyDto(deputyIds[d], generated ? null : Text("代表"), generated, [mandate]));
                assignments.Add(new AssignmentDto(deputyIds[d], stationIds[d % stationIds.Length], new LocalDate(2022, 1, 1)));
            }

            var campaignId = county + "-C";
            campaigns.Add(new CampaignDto(campaignId, Text("实践活动"), new CongressRefDto(county, CongressLevel.County),
                new PeriodDto(new LocalDate(2024, 3, 1), new LocalDate(2024, 12, 31)), national.Id,
                Themes.Select(t => new FocusAreaDto(t, Text(t), null, t)).ToImmutableArray()));
            for (var a = 0; a < 50; a++)
            {
                var m1 = measures[random.Next(measures.Count)];
                var m2 = measures[random.Next(measures.Count)];
                activities.Add(new ActivityDto($"{county}-A{a:00}", Day(2024), (ActivityKindDto)random.Next(14), county, Text("活动"),
                    random.Next(2) == 0 ? stationIds[a % 20] : null,
                    [deputyIds[random.Next(deputyIds.Length)], deputyIds[random.Next(deputyIds.Length)]],
                    Themes[a % 4], campaignId,
                    [
                        new MeasureValueDto(m1.Code, random.Next(10_000), (Qualifier)random.Next(5), null, random.Next(2) == 0 ? "810余人次" : null),
                        new MeasureValueDto(m2.Code, random.Next(100_000_000) / 100m, Qualifier.Exact, m2.Unit.Word),
                    ]));
            }

            for (var s = 0; s < 20; s++)
            {
                var raised = Day(2024);
                suggestions.Add(new SuggestionDto($"{county}-Y{s:00}", deputyIds[random.Next(deputyIds.Length)], raised, Text("建议"),
                [
                    new SuggestionStateDto(SuggestionStateKindDto.Raised, raised),
                    new SuggestionStateDto(SuggestionStateKindDto.Assigned, raised.PlusDays(3), Text("部门"), raised.PlusDays(30)),
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
