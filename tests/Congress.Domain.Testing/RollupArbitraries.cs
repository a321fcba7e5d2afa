using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rollups;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Congress.Domain.Testing;

/// <summary>
/// FsCheck arbitraries for roll-ups over one fixed key space shaped like the seed (河北省 → 保定市 → 满城/清苑/徐水 →
/// townships → villages; the city's four themes with some districts' focus areas; 2024-01 to 2025-03; three measures).
/// Records are built by converting primitive tuples, so failures shrink.
/// Use with <c>[Property(Arbitrary = [typeof(RollupArbitraries)])]</c>.
/// </summary>
public static class RollupArbitraries
{
    /// <summary>The city's four themes.</summary>
    public static readonly string[] Themes = ["investment", "urban-renewal", "rural-revitalisation", "grassroots-governance"];

    /// <summary>The measures of the key space: one per unit kind the seed sums (条, 人次, 元).</summary>
    public static readonly Measure[] SeedMeasures = [Measures.Suggestions, Measures.VotersReceived, Measures.InvestmentAmount];

    /// <summary>The key space every arbitrary record belongs to.</summary>
    public static RollupKeySpace KeySpace { get; } = BuildKeySpace();

    /// <summary>Indexes of divisions with no child.</summary>
    public static int[] LeafDivisions { get; } = Leaves(KeySpace.DivisionParents.ToArray());

    /// <summary>Indexes of topics with no child.</summary>
    public static int[] LeafTopics { get; } = Leaves(KeySpace.TopicParents.ToArray());

    /// <summary>Records at any division and topic (internal nodes too: a district can record its own figures).</summary>
    public static Arbitrary<RollupRecord[]> Records() => RecordsOver(Enumerable.Range(0, KeySpace.DivisionCount).ToArray(), Enumerable.Range(0, KeySpace.TopicCount).ToArray());

    /// <summary>Any qualifier (defined here too so the class stands alone in a Property attribute).</summary>
    public static Arbitrary<Qualifier> Qualifier() => FigureArbitraries.Qualifier();

    /// <summary>Figure sets over the person-visit measures, with any qualifiers.</summary>
    public static Arbitrary<FigureSet> FigureSet()
    {
        Measure[] measures = [Measures.VotersReceived, Measures.DeputiesVisited, Measures.ResidentsVisited];
        var quantities = FigureArbitraries.Quantity();
        return ArbMap.Default.ArbFor<(byte Measure, int Index)[]>().Convert(
            pairs => pairs.Aggregate(Figures.FigureSet.Empty, (set, p) => set.Add(measures[p.Measure % measures.Length], QuantityAt(p.Index))),
            set => set.Select(p => ((byte)Array.IndexOf(measures, p.Key), IndexOf(p.Value))).ToArray());

        // A quantity from an int and back, so the set shrinks through its figures.
        static Quantity QuantityAt(int i) => new(Math.Abs(i % 100_000) / 4m, Unit.PersonVisits, (Figures.Qualifier)(Math.Abs(i / 100_000) % 5));
        static int IndexOf(Quantity q) => ((int)q.Qualifier * 100_000) + (int)(q.Value * 4);
    }

    /// <summary>Records at leaf divisions and leaf topics only, so every parent total is exactly the sum of its children's.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LeafRecords> LeafRecords() =>
        RecordsOver(LeafDivisions, LeafTopics).Convert(records => new LeafRecords(records), leaves => leaves.Records);

    private static Arbitrary<RollupRecord[]> RecordsOver(int[] divisions, int[] topics) =>
        ArbMap.Default.ArbFor<(byte Division, byte Topic, byte Month, byte Measure, NonNegativeInt Value, byte Qualifier)[]>().Convert(
            tuples => tuples.Select(t => new RollupRecord(
                divisions[t.Division % divisions.Length],
                topics[t.Topic % topics.Length],
                t.Month % KeySpace.MonthCount,
                t.Measure % KeySpace.MeasureCount,
                t.Value.Get,
                (Figures.Qualifier)(t.Qualifier % 5))).ToArray(),
            records => records.Select(r => (
                (byte)Array.IndexOf(divisions, r.Division),
                (byte)Array.IndexOf(topics, r.Topic),
                (byte)r.Month,
                (byte)r.Measure,
                NonNegativeInt.NewNonNegativeInt((int)r.Hundredths),
                (byte)r.Qualifier)).ToArray());

    private static RollupKeySpace BuildKeySpace()
    {
        var builder = new RollupKeySpaceBuilder();
        string[] codes =
        [
            "130000", Seed.BaodingCode, Seed.ManchengCode, Seed.QingyuanCode, Seed.XushuiCode,
            "130607100", "130607101", "130608100", "130608101", "130609100", "130609101", "130609102",
            "130607100001", "130607100002", "130609100001",
        ];

        // Children before parents on purpose: the builder numbers parents first.
        foreach (var code in codes.Reverse())
        {
            builder.AddDivisionByDigits(DivisionCode.Parse(code));
        }

        foreach (var theme in Themes)
        {
            builder.AddTheme(theme);
        }

        builder.AddFocusArea("mancheng-investment", "investment")
            .AddFocusArea("qingyuan-innovation", "investment")
            .AddFocusArea("mancheng-urban-renewal", "urban-renewal")
            .AddMonths(new YearMonth(2024, 1), new YearMonth(2025, 3));
        foreach (var measure in SeedMeasures)
        {
            builder.AddMeasure(measure);
        }

        return builder.Build();
    }

    private static int[] Leaves(int[] parents) =>
        Enumerable.Range(0, parents.Length).Where(i => !parents.Contains(i)).ToArray();
}

/// <summary>Records that all sit at leaf divisions and leaf topics (see <see cref="RollupArbitraries.LeafRecords"/>).</summary>
/// <param name="Records">The records.</param>
public sealed record LeafRecords(RollupRecord[] Records);
