using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Interchange.Tests;

/// <summary>Export then import is the identity.</summary>
public sealed class RoundTripTests
{
    /// <summary>Generated datasets: 1-3 districts, any seed, and arbitrary Unicode text (valid UTF-16) woven into names and notes.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<DatasetDto> Dataset() =>
            ArbMap.Default.ArbFor<(byte Districts, int Seed, string[] Text)>().Convert(
                t => SyntheticDataset.Create(1 + (t.Districts % 3), t.Seed, (t.Text ?? []).Where(s => s is not null).Select(Valid).ToArray()),
                d => ((byte)0, 0, Array.Empty<string>()));

        private static string Valid(string s) => new(s.Where(c => !char.IsSurrogate(c)).ToArray());
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 30)]
    public void Export_then_import_gives_the_same_dataset(DatasetDto dataset)
    {
        var read = DatasetReader.Read(new MemoryStream(DatasetWriter.ToUtf8(dataset)));

        Assert.Empty(read.Problems);
        Assert.Equal(dataset, read.Dataset);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 30)]
    public void Export_is_deterministic(DatasetDto dataset) =>
        Assert.Equal(DatasetWriter.ToJson(dataset), DatasetWriter.ToJson(DatasetReader.Read(DatasetWriter.ToJson(dataset)).Dataset!));

    [Property(MaxTest = 200)]
    public void Figures_keep_their_value_and_qualifier(decimal value, byte qualifier, string? asWritten)
    {
        var d = SyntheticDataset.Create(1);
        var measure = new MeasureValueDto("suggestions", Math.Abs(value), (Congress.Domain.Figures.Qualifier)(qualifier % 5), null,
            asWritten is null ? null : new string(asWritten.Where(c => !char.IsSurrogate(c)).ToArray()));
        var dataset = d with { Activities = d.Activities.Items.SetItem(0, d.Activities[0] with { Measures = [measure] }) };

        Assert.Equal(dataset, DatasetReader.Read(DatasetWriter.ToJson(dataset)).Dataset);
    }

    [Fact]
    public void The_Baoding_dataset_round_trips()
    {
        var baoding = BaodingDataset.Load();

        Assert.Equal(baoding, DatasetReader.Read(DatasetWriter.ToJson(baoding)).Dataset);
    }

    [Fact]
    public void Equality_is_structural_and_sees_a_change_deep_in_a_list()
    {
        var a = SyntheticDataset.Create(1, seed: 5);
        var b = SyntheticDataset.Create(1, seed: 5);
        var changed = b with
        {
            Deputies = b.Deputies.Items.SetItem(3, b.Deputies[3] with { Mandates = [b.Deputies[3].Mandates[0] with { Term = 2 }] }),
        };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, changed);
    }
}
