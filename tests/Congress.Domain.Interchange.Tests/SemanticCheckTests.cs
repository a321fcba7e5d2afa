using System.Collections.Immutable;
using Congress.Domain.Congresses;
using NodaTime;

namespace Congress.Domain.Interchange.Tests;

/// <summary>Codes, references and keys are checked; every problem is reported with the line of its JSON path.</summary>
public sealed class SemanticCheckTests
{
    private static readonly DatasetDto Valid = SyntheticDataset.Create(2);

    private static IReadOnlyList<DatasetProblem> Problems(DatasetDto dataset)
    {
        var json = DatasetWriter.ToJson(dataset);
        var result = DatasetReader.Read(json);
        Assert.Null(result.Dataset);
        var lines = json.Split('\n');
        foreach (var problem in result.Problems)
        {
            // The line named is the line of the path's last property (or of the item that holds it).
            var last = problem.Path[(problem.Path.LastIndexOf('.') + 1)..];
            var name = last.Contains('[', StringComparison.Ordinal) ? last[..last.IndexOf('[', StringComparison.Ordinal)] : last;
            Assert.InRange(problem.Line, 1, lines.Length);
            Assert.True(
                lines[problem.Line - 1].Contains($"\"{name}\"", StringComparison.Ordinal) || lines[problem.Line - 1].TrimStart().StartsWith('{') || lines[problem.Line - 1].TrimStart().StartsWith('"'),
                $"{problem}: line is '{lines[problem.Line - 1]}'");
        }

        return result.Problems;
    }

    [Fact]
    public void A_valid_dataset_has_no_problem()
    {
        var result = DatasetReader.Read(DatasetWriter.ToJson(Valid));
        Assert.Empty(result.Problems);
        Assert.Equal(Valid, result.Dataset);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unknown_format_version_is_a_problem(string version)
    {
        var problem = Assert.Single(Problems(Valid with { FormatVersion = version }));
        Assert.Equal(("version", "$.formatVersion", 2L), (problem.Code, problem.Path, problem.Line));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("990000")]
    [InlineData("13060x")]
    [InlineData("130607000")]
    public void A_malformed_division_code_is_a_problem(string code)
    {
        var divisions = Valid.Divisions.Items.Add(new DivisionDto(code, "某地", DivisionKindDto.Township));
        var problem = Assert.Single(Problems(Valid with { Divisions = divisions }));
        Assert.Equal(("division", $"$.divisions[{divisions.Length - 1}].code"), (problem.Code, problem.Path));
    }

    [Fact]
    public void An_unknown_parent_or_a_parent_the_digits_contradict_is_a_problem()
    {
        var divisions = Valid.Divisions.Items
            .Add(new DivisionDto("130607", "满城区", DivisionKindDto.District, "130600"))
            .Add(new DivisionDto("110105", "朝阳区", DivisionKindDto.District, Valid.Divisions.First(x => x.Kind == DivisionKindDto.District).Code));
        var problems = Problems(Valid with { Divisions = divisions });

        Assert.Equal(
            [$"$.divisions[{divisions.Length - 2}].parent", $"$.divisions[{divisions.Length - 1}].parent"],
            problems.Select(p => p.Path));
    }

    [Fact]
    public void Every_dangling_reference_and_duplicate_is_reported_not_only_the_first()
    {
        var d = Valid;
        var broken = d with
        {
            Deputies = d.Deputies.Items
                .SetItem(0, d.Deputies[0] with { Mandates = [d.Deputies[0].Mandates[0] with { Congress = new CongressRefDto("130607", CongressLevel.County) }] })
                .Add(d.Deputies[1]),
            Stations = d.Stations.Items.SetItem(0, d.Stations[0] with { Division = "130699" }),
            Activities = d.Activities.Items.SetItem(0, d.Activities[0] with { Station = "nowhere", Campaign = "none", Division = "130698" }),
            Assignments = d.Assignments.Items.SetItem(0, d.Assignments[0] with { Deputy = "nobody", Station = "nowhere" }),
            Evidence = d.Evidence.Items.SetItem(0, d.Evidence[0] with { Criterion = "swimming-pool" }).SetItem(1, d.Evidence[1] with { Station = "nowhere" }),
            Campaigns = d.Campaigns.Items.SetItem(1, d.Campaigns[1] with { Parent = "missing" }),
            Suggestions = d.Suggestions.Items.SetItem(0, d.Suggestions[0] with { RaisedBy = "nobody" }),
        };

        var paths = Problems(broken).Select(p => (p.Code, p.Path)).ToList();

        Assert.Contains(("reference", "$.deputies[0].mandates[0].congress"), paths);
        Assert.Contains(("duplicate", $"$.deputies[{d.Deputies.Count}].id"), paths);
        Assert.Contains(("division", "$.stations[0].division"), paths);
        Assert.Contains(("division", "$.activities[0].division"), paths);
        Assert.Contains(("reference", "$.activities[0].station"), paths);
        Assert.Contains(("reference", "$.activities[0].campaign"), paths);
        Assert.Contains(("reference", "$.activities[0].focusArea"), paths);
        Assert.Contains(("reference", "$.assignments[0].deputy"), paths);
        Assert.Contains(("reference", "$.assignments[0].station"), paths);
        Assert.Contains(("reference", "$.evidence[0].criterion"), paths);
        Assert.Contains(("reference", "$.evidence[1].station"), paths);
        Assert.Contains(("reference", "$.campaigns[1].parent"), paths);
        Assert.Contains(("reference", "$.suggestions[0].raisedBy"), paths);
    }

    [Fact]
    public void An_unknown_measure_or_a_negative_figure_is_a_problem()
    {
        var a = Valid.Activities[0];
        var broken = Valid with
        {
            Activities = Valid.Activities.Items.SetItem(0, a with { Measures = [new MeasureValueDto("smiles", 3), new MeasureValueDto("suggestions", -1), new MeasureValueDto("suggestions", 1, Unit: "个")] }),
        };

        Assert.Equal(
            ["$.activities[0].measures[0].measure", "$.activities[0].measures[1].value", "$.activities[0].measures[2].unit"],
            Problems(broken).Select(p => p.Path));
    }

    [Fact]
    public void A_missing_name_that_is_not_marked_generated_is_a_problem()
    {
        var broken = Valid with { Deputies = Valid.Deputies.Items.SetItem(0, Valid.Deputies[0] with { Name = null, Generated = false }) };

        var problem = Assert.Single(Problems(broken));
        Assert.Equal(("missing", "$.deputies[0].name"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Problems_are_capped_and_the_last_one_says_how_many_more()
    {
        var broken = Valid with { Assignments = Valid.Assignments.Items.Select(a => a with { Station = "nowhere" }).ToImmutableArray() };

        var result = DatasetReader.Read(DatasetWriter.ToJson(broken), new DatasetReaderOptions { MaxProblems = 10 });

        Assert.Equal(11, result.Problems.Count);
        Assert.Equal("truncated", result.Problems[^1].Code);
        Assert.Contains($"{broken.Assignments.Count - 10} more", result.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_reported_through_each_stage_up_to_done()
    {
        var stages = new List<DatasetReadProgress>();
        var json = DatasetWriter.ToUtf8(SyntheticDataset.Create(3));

        var result = DatasetReader.Read(new MemoryStream(json), new DatasetReaderOptions { Progress = new SyncProgress(stages.Add) });

        Assert.True(result.Succeeded);
        Assert.Contains(stages, s => s.Stage == DatasetReadStage.Reading && s.Done > 0);
        Assert.Contains(stages, s => s.Stage == DatasetReadStage.Parsing && s.Done == s.Total);
        Assert.Contains(stages, s => s.Stage == DatasetReadStage.Checking && s.Done == s.Total);
        Assert.Equal(DatasetReadStage.Done, stages[^1].Stage);
    }

    [Fact]
    public void Dates_in_ISO_form_are_read_and_money_may_be_a_decimal_string()
    {
        var json = """
            {"formatVersion":"1.0",
             "divisions":[{"code":"130000","name":"河北省","kind":"province"}],
             "stations":[{"id":"s","name":"家","kind":"home","sponsor":"district","division":"130000","invested":"100000.50",
                          "lifecycle":[{"state":"operational","date":"2010-09-01"}]}]}
            """;

        var station = Assert.Single(DatasetReader.Read(json).Dataset!.Stations);

        Assert.Equal(100000.50m, station.Invested);
        Assert.Equal(new LocalDate(2010, 9, 1), station.Lifecycle[0].Date);
    }

    private sealed class SyncProgress(Action<DatasetReadProgress> report) : IProgress<DatasetReadProgress>
    {
        public void Report(DatasetReadProgress value) => report(value);
    }
}
