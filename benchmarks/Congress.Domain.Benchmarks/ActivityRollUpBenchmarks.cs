using BenchmarkDotNet.Attributes;
using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Benchmarks;

/// <summary>
/// Rolling 10,000 activity records up by city theme (SumByTheme) and by measure (SumByMeasure), against the plain sum
/// of one measure (the baseline).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ActivityRollUpBenchmarks
{
    private Activity[] _activities = [];

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240930);
        var division = DivisionCode.Parse("130609");
        var areas = BaodingCampaigns.Xushui.FocusAreas;
        _activities = new Activity[Count];
        for (var i = 0; i < Count; i++)
        {
            var theme = random.Next(areas.Count + 1);
            var suggestions = new Quantity(random.Next(0, 50), Unit.Items, random.Next(10) == 0 ? Qualifier.MoreThan : Qualifier.Exact);
            var visits = Quantity.Exact(random.Next(0, 100), Unit.PersonVisits);
            _activities[i] = new Activity(
                new ActivityId("a-" + i),
                ActivityKinds.VisitingResidents,
                new LocalDate(2024, 9, 30),
                division,
                [KeyValuePair.Create(Measures.Suggestions, suggestions), KeyValuePair.Create(Measures.ResidentsVisited, visits)],
                station: new LiaisonPointRef("s-" + (i % 21)),
                focusArea: theme < areas.Count ? areas[theme] : null);
        }
    }

    [Benchmark(Baseline = true)]
    public Quantity Sum() => ActivityFigures.Sum(_activities, Measures.Suggestions);

    [Benchmark]
    public Quantity SumByTheme() => ActivityFigures.SumByTheme(_activities, Measures.Suggestions).Total;

    [Benchmark]
    public int SumByMeasure() => ActivityFigures.SumByMeasure(_activities).Count;
}
