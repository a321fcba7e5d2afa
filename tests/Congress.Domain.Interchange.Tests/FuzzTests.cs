using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Interchange.Tests;

/// <summary>Mutated datasets never make the reader throw: it imports everything, or nothing and says why.</summary>
public sealed class FuzzTests
{
    private static readonly byte[] Json = DatasetWriter.ToUtf8(SyntheticDataset.Create(1) with
    {
        Deputies = SyntheticDataset.Create(1).Deputies.Items[..40],
        Assignments = SyntheticDataset.Create(1).Assignments.Items[..40],
        Activities = SyntheticDataset.Create(1).Activities.Items[..5],
        Suggestions = SyntheticDataset.Create(1).Suggestions.Items[..5],
    });

    private static readonly string[] Tokens = ["null", "[]", "{}", "\"\"", "-1", "1e999", "\"130607\"", "true", "\"x\"", "{\"a\":1}", ",", ":", "\"\\ud800\""];

    /// <summary>Mutations: (position, kind, token or byte).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<(int Position, int Kind, int Value)[]> Mutations() =>
            ArbMap.Default.ArbFor<(NonNegativeInt, byte, byte)[]>().Convert(
                xs => xs.Take(8).Select(x => (Position: x.Item1.Get, Kind: x.Item2 % 4, Value: (int)x.Item3)).ToArray(),
                xs => xs.Select(x => (NonNegativeInt.NewNonNegativeInt(x.Position), (byte)x.Kind, (byte)x.Value)).ToArray());
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Mutated_input_is_imported_whole_or_not_at_all_and_never_throws((int Position, int Kind, int Value)[] mutations)
    {
        var bytes = new List<byte>(Json);
        foreach (var (position, kind, value) in mutations)
        {
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            switch (kind)
            {
                case 0: // flip a byte
                    if (bytes.Count > 0)
                    {
                        bytes[at] = (byte)value;
                    }

                    break;
                case 1: // delete a run
                    bytes.RemoveRange(at, Math.Min(value % 16, bytes.Count - at));
                    break;
                case 2: // insert a JSON token
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[value % Tokens.Length]));
                    break;
                default: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        var result = DatasetReader.Read(bytes.ToArray(), null);

        Assert.True(result.Succeeded ? result.Problems.Count == 0 : result.Problems.Count > 0 && result.Dataset is null);
        Assert.All(result.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
    }
}
