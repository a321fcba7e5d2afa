using FsCheck;
using FsCheck.Fluent;

namespace Congress.Domain.Testing;

/// <summary>One step of a mandate-register scenario: add a mandate, or end an existing one.</summary>
/// <param name="Person">Which of a few persons (taken modulo their number).</param>
/// <param name="Congress">Which of a few congresses (taken modulo their number).</param>
/// <param name="Start">The start day offset (0 or more).</param>
/// <param name="Length">The length in days; negative means open-ended.</param>
/// <param name="IsEnd">Whether the step ends a registered mandate (picked by <paramref name="Person"/>) after <paramref name="Length"/> days.</param>
public sealed record MandateStep(int Person, int Congress, int Start, int Length, bool IsEnd);

/// <summary>FsCheck arbitraries for mandate scenarios. Use with <c>[Property(Arbitrary = [typeof(MandateArbitraries)])]</c>.</summary>
public static class MandateArbitraries
{
    /// <summary>Sequences of steps over few persons, congresses and days, so that conflicts are frequent; shrink by dropping and simplifying steps.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MandateStep[]> Steps() =>
        ArbMap.Default.ArbFor<(byte, byte, byte, sbyte, bool)[]>().Convert(
            ts => ts.Select(t => new MandateStep(t.Item1 % 3, t.Item2 % 2, t.Item3 % 60, t.Item4 % 40, t.Item5)).ToArray(),
            steps => steps.Select(s => ((byte)s.Person, (byte)s.Congress, (byte)s.Start, (sbyte)s.Length, s.IsEnd)).ToArray());
}
