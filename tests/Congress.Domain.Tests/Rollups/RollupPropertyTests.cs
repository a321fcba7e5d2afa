using Congress.Domain.Figures;
using Congress.Domain.Rollups;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Tests.Rollups;

public sealed class RollupPropertyTests
{
    private static RollupKeySpace Keys => RollupArbitraries.KeySpace;

    private static Rollup RollUp(RollupRecord[] records)
    {
        var rollup = new Rollup(Keys);
        rollup.AddRange(records);
        return rollup;
    }

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool Merge_is_associative(RollupRecord[] a, RollupRecord[] b, RollupRecord[] c) =>
        Rollup.Merge(Rollup.Merge(RollUp(a), RollUp(b)), RollUp(c)).TotalsEqual(Rollup.Merge(RollUp(a), Rollup.Merge(RollUp(b), RollUp(c))));

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool Merge_is_commutative(RollupRecord[] a, RollupRecord[] b) =>
        Rollup.Merge(RollUp(a), RollUp(b)).TotalsEqual(Rollup.Merge(RollUp(b), RollUp(a)));

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool An_empty_rollup_is_the_identity(RollupRecord[] a) =>
        Rollup.Merge(RollUp(a), new Rollup(Keys)).TotalsEqual(RollUp(a))
        && Rollup.Merge(new Rollup(Keys), RollUp(a)).TotalsEqual(RollUp(a));

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool Any_grouping_of_the_same_records_gives_the_same_totals(RollupRecord[] records, byte[] cuts)
    {
        var whole = RollUp(records);

        // Cut the records into consecutive groups, roll each up on its own, and merge.
        var bounds = cuts.Select(c => records.Length == 0 ? 0 : c % (records.Length + 1)).Append(0).Append(records.Length).Distinct().Order().ToArray();
        var merged = new Rollup(Keys);
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            merged = Rollup.Merge(merged, RollUp(records[bounds[i]..bounds[i + 1]]));
        }

        // The same groups added one batch after another to one roll-up (the non-empty path), and one at a time.
        var batches = new Rollup(Keys);
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            batches.AddRange(records.AsSpan(bounds[i]..bounds[i + 1]));
        }

        var oneByOne = new Rollup(Keys);
        foreach (var r in records.Reverse())
        {
            oneByOne.Add(r);
        }

        return merged.TotalsEqual(whole) && batches.TotalsEqual(whole) && oneByOne.TotalsEqual(whole)
            && whole.RecordCount == records.Length && batches.RecordCount == records.Length && oneByOne.RecordCount == records.Length;
    }

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool Parallel_equals_sequential(RollupRecord[] records, byte partitionSize, byte cores)
    {
        var parallel = new Rollup(Keys);
        parallel.AddRangeInPartitions(records, 1 + (cores % 4), 1 + partitionSize);
        var parallelAgain = RollUp(records.Take(records.Length / 2).ToArray());
        parallelAgain.AddRangeInPartitions(records.Skip(records.Length / 2).ToArray(), 1 + (cores % 4), 1 + partitionSize);
        return parallel.TotalsEqual(RollUp(records)) && parallelAgain.TotalsEqual(RollUp(records));
    }

    // Each case checks every one of the key space's 8,280 cells in three dimensions, so fewer cases suffice.
    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 40)]
    public bool A_parent_total_is_the_sum_of_its_children_totals_in_every_dimension(LeafRecords leaves)
    {
        var leafRecords = leaves.Records;
        var rollup = new Rollup(Keys);
        rollup.AddRange(leafRecords.Take(leafRecords.Length / 2).ToArray());
        foreach (var r in leafRecords.Skip(leafRecords.Length / 2))
        {
            rollup.Add(r);
        }

        var divisionParents = Keys.DivisionParents.ToArray();
        var topicParents = Keys.TopicParents.ToArray();
        var divisionChildren = Enumerable.Range(0, Keys.DivisionCount).Select(d => ChildrenOf(divisionParents, d)).ToArray();
        var topicChildren = Enumerable.Range(0, Keys.TopicCount).Select(t => ChildrenOf(topicParents, t)).ToArray();
        var periodChildren = PeriodChildren();
        for (var k = 0; k < Keys.MeasureCount; k++)
        {
            var unit = Keys.MeasureList[k].Unit;
            for (var d = 0; d < Keys.DivisionCount; d++)
            {
                for (var t = 0; t < Keys.TopicCount; t++)
                {
                    for (var p = 0; p < Keys.PeriodCount; p++)
                    {
                        var parent = rollup.TotalAt(d, t, p, k);
                        var byDivision = divisionChildren[d].Select(c => rollup.TotalAt(c, t, p, k)).ToArray();
                        var byTopic = topicChildren[t].Select(c => rollup.TotalAt(d, c, p, k)).ToArray();
                        var byPeriod = periodChildren[p].Select(c => rollup.TotalAt(d, t, c, k)).ToArray();
                        if ((byDivision.Length > 0 && Quantity.Sum(byDivision, unit) != parent)
                            || (byTopic.Length > 0 && Quantity.Sum(byTopic, unit) != parent)
                            || (byPeriod.Length > 0 && Quantity.Sum(byPeriod, unit) != parent))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool Every_total_is_the_plain_sum_of_the_records_below_it(RollupRecord[] records, byte divisionPick, byte lastMonthPick)
    {
        var rollup = RollUp(records);
        var division = divisionPick % Keys.DivisionCount;
        var code = Keys.DivisionCodes[division];
        var lastMonth = Keys.FirstMonth.PlusMonths(lastMonthPick % Keys.MonthCount);
        var parents = Keys.DivisionParents.ToArray();
        for (var k = 0; k < Keys.MeasureCount; k++)
        {
            var measure = Keys.MeasureList[k];
            var below = records.Where(r => r.Measure == k && IsAtOrBelow(parents, r.Division, division)).ToArray();
            var asOf = below.Where(r => r.Month <= Keys.MonthIndex(lastMonth) && Keys.FirstMonth.PlusMonths(r.Month).Year == lastMonth.Year).ToArray();
            if (rollup.Total(code, measure, RollupPeriod.Between(Keys.FirstMonth, Keys.LastMonth)) != Expected(below, measure.Unit)
                || rollup.Total(code, measure, RollupPeriod.AsOfEndOf(lastMonth)) != Expected(asOf, measure.Unit))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool A_total_is_exact_iff_every_part_is_exact(RollupRecord[] records)
    {
        var rollup = RollUp(records);
        return Enumerable.Range(0, Keys.DivisionCount).Where(d => Keys.DivisionParents[d] < 0).All(root =>
            Enumerable.Range(0, Keys.MeasureCount).All(k =>
            {
                var parts = records.Where(r => r.Measure == k).ToArray();
                var total = rollup.TotalAt(root, RollupKeySpace.AllTopics, RollupKeySpace.AllPeriods, k);
                return total.IsExact == parts.All(r => r.Qualifier == Qualifier.Exact)
                    && (!parts.Any(r => r.Qualifier == Qualifier.MoreThan) || total.Qualifier == Qualifier.MoreThan);
            }));
    }

    [Property(Arbitrary = [typeof(RollupArbitraries)], MaxTest = 100)]
    public bool Breakdowns_merge_back_into_the_total(LeafRecords leaves, byte divisionPick)
    {
        var rollup = RollUp(leaves.Records);
        var code = Keys.DivisionCodes[divisionPick % Keys.DivisionCount];
        var year = RollupPeriod.Year(2024);
        var total = rollup.Totals(code, year);
        var byChild = rollup.ByChildDivision(code, year);
        var byTheme = rollup.ByTheme(code, year);
        return (byChild.Count == 0 || FigureSet.MergeAll(byChild.Select(r => r.Figures)).Equals(total))
            && FigureSet.MergeAll(byTheme.Select(r => r.Figures)).Equals(total)
            && byTheme.Select(r => r.Topic).SequenceEqual(RollupArbitraries.Themes);
    }

    private static Quantity Expected(RollupRecord[] records, Unit unit) =>
        Quantity.Sum(records.Select(r => new Quantity(r.Hundredths / 100m, unit, r.Qualifier)).ToArray(), unit);

    private static bool IsAtOrBelow(int[] parents, int node, int ancestor)
    {
        for (var n = node; n >= 0; n = parents[n])
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] ChildrenOf(int[] parents, int node) =>
        Enumerable.Range(0, parents.Length).Where(i => parents[i] == node).ToArray();

    private static int[][] PeriodChildren()
    {
        // Build the period tree from the key space's own lookups: months, quarters, years, all.
        var children = Enumerable.Range(0, Keys.PeriodCount).Select(_ => new List<int>()).ToArray();
        for (var m = 0; m < Keys.MonthCount; m++)
        {
            var month = Keys.FirstMonth.PlusMonths(m);
            Index(RollupPeriod.Month(month), out var monthNode);
            Index(RollupPeriod.Quarter(month.Year, ((month.Month - 1) / 3) + 1), out var quarterNode);
            Index(RollupPeriod.Year(month.Year), out var yearNode);
            Add(quarterNode, monthNode);
            Add(yearNode, quarterNode);
            Add(RollupKeySpace.AllPeriods, yearNode);
        }

        return children.Select(c => c.ToArray()).ToArray();

        void Add(int parent, int child)
        {
            if (!children[parent].Contains(child))
            {
                children[parent].Add(child);
            }
        }

        static void Index(RollupPeriod period, out int node) =>
            Assert.True(Keys.TryGetPeriodIndex(period, out node), $"No node for {period}.");
    }
}
