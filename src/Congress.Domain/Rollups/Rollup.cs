using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Rollups;

/// <summary>
/// Rolled-up totals (汇总) of figures over a <see cref="RollupKeySpace"/>: for every division at every level, every
/// topic (all, theme, focus area), every period (all, year, quarter, month) and every measure, the sum of the figures
/// recorded at or below it with the honest qualifier of that sum (exact only while every part is exact; 余 absorbs).
/// </summary>
/// <remarks>
/// <para>
/// Layout: one <see cref="long"/> per cell (the sum in hundredths of the measure's base unit) and one byte per cell
/// (the qualifier lattice bits, joined by OR, plus a "present" bit), in struct-of-arrays order
/// division × topic × period × measure. <see cref="AddRange"/> adds records to leaf cells with no allocation per
/// record, then rolls up with one descending pass per dimension over the parent arrays. <see cref="Add(in RollupRecord)"/> updates
/// only the cells of the record's chains of ancestors. <see cref="AddRangeParallel"/> gives each worker its own cells
/// and merges them; sums of non-negative integers are exact, so the totals are the same on any number of cores.
/// </para>
/// <para>
/// An accumulator, like a StringBuilder: the Add methods change it, queries read it. Not thread-safe for writes;
/// concurrent reads with no writer are safe. A rejected addition (bad record, overflow) leaves it as it was.
/// Roll-ups of the same key space form a commutative monoid under <see cref="Merge"/> with an empty roll-up as identity.
/// </para>
/// </remarks>
public sealed class Rollup
{
    /// <summary>The flag bit of a cell that at least one record reached.</summary>
    internal const byte PresentBit = 0b1000;

    private const int MinRecordsPerPartition = 1 << 16;

    private readonly long[] _sums;
    private readonly byte[] _flags;
    private readonly int _strideDivision;
    private readonly int _strideTopic;
    private readonly int _measures;
    private readonly (int[] Offsets, int[] Start) _divisionChains;
    private readonly (int[] Offsets, int[] Start) _topicChains;
    private readonly (int[] Offsets, int[] Start) _periodChains;
    private readonly int[] _topicOffsets;
    private readonly int[] _monthOffsets;
    private readonly int[] _measureOffsets;

    /// <summary>Creates an empty roll-up: the identity of <see cref="Merge"/>.</summary>
    /// <param name="keySpace">The key space.</param>
    public Rollup(RollupKeySpace keySpace)
    {
        Guard.Against.Null(keySpace);
        KeySpace = keySpace;
        _sums = new long[keySpace.CellCount];
        _flags = new byte[keySpace.CellCount];
        _measures = keySpace.MeasureCount;
        _strideTopic = keySpace.PeriodCount * _measures;
        _strideDivision = keySpace.TopicCount * _strideTopic;
        _divisionChains = keySpace.Divisions.ScaledChains(_strideDivision);
        _topicChains = keySpace.Topics.ScaledChains(_strideTopic);
        _periodChains = keySpace.Periods.ScaledChains(_measures);
        _topicOffsets = OffsetTable(keySpace.TopicCount, t => t * _strideTopic);
        _monthOffsets = OffsetTable(keySpace.MonthCount, m => (keySpace.MonthBase + m) * _measures);
        _measureOffsets = OffsetTable(_measures, k => k);
    }

    /// <summary>The key space.</summary>
    public RollupKeySpace KeySpace { get; }

    /// <summary>How many records were added.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Adds one record, updating every total it counts in (its division and ancestors × its topic and
    /// ancestors × its month, quarter, year and all months) and nothing else.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentException">A key is outside the key space.</exception>
    /// <exception cref="OverflowException">A total would exceed <see cref="long.MaxValue"/> hundredths.</exception>
    public void Add(in RollupRecord record)
    {
        if (!IsInKeySpace(record))
        {
            throw InvalidRecord(0);
        }

        // The record is in the key space, so every chain index below is in range: no bounds checks.
        ref var dOffsets = ref MemoryMarshal.GetArrayDataReference(_divisionChains.Offsets);
        ref var dStart = ref MemoryMarshal.GetArrayDataReference(_divisionChains.Start);
        ref var tOffsets = ref MemoryMarshal.GetArrayDataReference(_topicChains.Offsets);
        ref var tStart = ref MemoryMarshal.GetArrayDataReference(_topicChains.Start);
        ref var pOffsets = ref MemoryMarshal.GetArrayDataReference(_periodChains.Offsets);
        var d = record.Division;
        var t = record.Topic;
        var p0 = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_periodChains.Start), KeySpace.MonthBase + record.Month);
        int d0 = Unsafe.Add(ref dStart, d), d1 = Unsafe.Add(ref dStart, d + 1), t0 = Unsafe.Add(ref tStart, t), t1 = Unsafe.Add(ref tStart, t + 1);
        var amount = record.Hundredths;
        var flags = record.Flags;
        var measure = record.Measure;
        ref var sums = ref MemoryMarshal.GetArrayDataReference(_sums);
        ref var flagRef = ref MemoryMarshal.GetArrayDataReference(_flags);

        // A month's chain is always month, quarter, year, all months.
        int month = Unsafe.Add(ref pOffsets, p0), quarter = Unsafe.Add(ref pOffsets, p0 + 1), year = Unsafe.Add(ref pOffsets, p0 + 2), allMonths = Unsafe.Add(ref pOffsets, p0 + 3);

        // The top cell of the three chains is the largest of all the cells touched (sums are non-negative).
        var top = Unsafe.Add(ref dOffsets, d1 - 1) + Unsafe.Add(ref tOffsets, t1 - 1) + allMonths + measure;
        if (Unsafe.Add(ref sums, top) > long.MaxValue - amount)
        {
            throw TotalOverflow();
        }

        // Every ancestor's flags hold its descendants' (OR rolls up), so when the record's own cell already holds
        // the record's flags, every cell above it does too and only the sums change.
        var leaf = Unsafe.Add(ref dOffsets, d0) + Unsafe.Add(ref tOffsets, t0) + month + measure;
        var flagsChange = (Unsafe.Add(ref flagRef, leaf) | flags) != Unsafe.Add(ref flagRef, leaf);
        for (var i = d0; i < d1; i++)
        {
            var divisionBase = Unsafe.Add(ref dOffsets, i) + measure;
            for (var j = t0; j < t1; j++)
            {
                ref var cell = ref Unsafe.Add(ref sums, divisionBase + Unsafe.Add(ref tOffsets, j));
                Unsafe.Add(ref cell, month) += amount;
                Unsafe.Add(ref cell, quarter) += amount;
                Unsafe.Add(ref cell, year) += amount;
                Unsafe.Add(ref cell, allMonths) += amount;
                if (flagsChange)
                {
                    ref var flag = ref Unsafe.Add(ref flagRef, divisionBase + Unsafe.Add(ref tOffsets, j));
                    Unsafe.Add(ref flag, month) |= flags;
                    Unsafe.Add(ref flag, quarter) |= flags;
                    Unsafe.Add(ref flag, year) |= flags;
                    Unsafe.Add(ref flag, allMonths) |= flags;
                }
            }
        }

        RecordCount++;
    }

    /// <summary>
    /// Adds a batch of records on the calling thread: one pass into leaf cells (no allocation per record), then one
    /// roll-up pass per dimension.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentException">A record's key is outside the key space (nothing is added).</exception>
    /// <exception cref="OverflowException">A total would exceed <see cref="long.MaxValue"/> hundredths (nothing is added).</exception>
    public void AddRange(ReadOnlySpan<RollupRecord> records)
    {
        if (records.IsEmpty)
        {
            return;
        }

        if (RecordCount == 0)
        {
            // Empty: accumulate in place; on failure clear back to empty.
            try
            {
                Accumulate(records, 0, _sums, _flags);
                RollUpInPlace(_sums, _flags);
            }
            catch
            {
                Array.Clear(_sums);
                Array.Clear(_flags);
                throw;
            }
        }
        else
        {
            var sums = new long[_sums.Length];
            var flags = new byte[_flags.Length];
            Accumulate(records, 0, sums, flags);
            RollUpInPlace(sums, flags);
            AddCells(sums, flags);
        }

        RecordCount += records.Length;
    }

    /// <summary>
    /// Adds a batch of records using up to <paramref name="maxDegreeOfParallelism"/> cores (every core by default):
    /// the records are cut into contiguous chunks (up to eight per core, at least 65,536 records each) that worker
    /// tasks take as they come, each worker summing into its own cells; the workers' cells are then merged and rolled
    /// up once. The totals are exactly those of <see cref="AddRange"/>.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="maxDegreeOfParallelism">The most cores to use; -1 for every core.</param>
    /// <exception cref="ArgumentException">A record's key is outside the key space (nothing is added).</exception>
    /// <exception cref="OverflowException">A total would exceed <see cref="long.MaxValue"/> hundredths (nothing is added).</exception>
    public void AddRangeParallel(ReadOnlyMemory<RollupRecord> records, int maxDegreeOfParallelism = -1) =>
        AddRangeInPartitions(records, maxDegreeOfParallelism, MinRecordsPerPartition);

    /// <summary>As <see cref="AddRangeParallel(ReadOnlyMemory{RollupRecord}, int)"/>, with the smallest partition
    /// worth a thread given (tests use small partitions to exercise the merge).</summary>
    internal void AddRangeInPartitions(ReadOnlyMemory<RollupRecord> records, int maxDegreeOfParallelism, int minRecordsPerPartition)
    {
        Guard.Against.InvalidInput(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism), d => d == -1 || d > 0, "Use -1 or a positive number of cores.");
        var cores = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        var partitions = Math.Clamp(records.Length / Math.Max(1, minRecordsPerPartition), 1, cores);
        if (partitions == 1)
        {
            AddRange(records.Span);
            return;
        }

        // Dynamic chunks, several per core, so a core that is busy elsewhere does less; each worker task sums into
        // its own cells and merges them once at its end.
        var chunks = Math.Min(partitions * 8, Math.Max(partitions, records.Length / Math.Max(1, minRecordsPerPartition)));
        var chunk = (records.Length + chunks - 1) / chunks;
        var sums = new long[_sums.Length];
        var flags = new byte[_flags.Length];
        var gate = new object();
        try
        {
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = partitions },
                () => (Sums: new long[_sums.Length], Flags: new byte[_flags.Length]),
                (i, _, local) =>
                {
                    var start = i * chunk;
                    if (start < records.Length)
                    {
                        Accumulate(records.Span.Slice(start, Math.Min(chunk, records.Length - start)), start, local.Sums, local.Flags);
                    }

                    return local;
                },
                local =>
                {
                    lock (gate)
                    {
                        AddCellsChecked(sums, flags, local.Sums, local.Flags);
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        RollUpInPlace(sums, flags);
        AddCells(sums, flags);
        RecordCount += records.Length;
    }

    /// <summary>Adds every total of another roll-up of the same key space into this one.</summary>
    /// <param name="other">The other roll-up.</param>
    /// <exception cref="ArgumentException">The key spaces differ.</exception>
    /// <exception cref="OverflowException">A total would overflow (nothing is added).</exception>
    public void Add(Rollup other)
    {
        Guard.Against.Null(other);
        Guard.Against.InvalidInput(other, nameof(other), o => ReferenceEquals(o.KeySpace, KeySpace), "Roll-ups merge only over the same key space.");
        AddCells(other._sums, other._flags);
        RecordCount += other.RecordCount;
    }

    /// <summary>
    /// A new roll-up holding the totals of both: commutative and associative, with an empty roll-up as identity,
    /// so partial roll-ups computed anywhere merge into the same answer.
    /// </summary>
    /// <param name="left">One roll-up.</param>
    /// <param name="right">Another of the same key space.</param>
    /// <returns>The merged roll-up; both inputs are unchanged.</returns>
    public static Rollup Merge(Rollup left, Rollup right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        var merged = left.Clone();
        merged.Add(right);
        return merged;
    }

    /// <summary>A copy with the same totals.</summary>
    /// <returns>The copy.</returns>
    public Rollup Clone()
    {
        var copy = new Rollup(KeySpace);
        _sums.AsSpan().CopyTo(copy._sums);
        _flags.AsSpan().CopyTo(copy._flags);
        copy.RecordCount = RecordCount;
        return copy;
    }

    /// <summary>Whether every total (value, qualifier and presence) equals the other's; record counts are not compared.</summary>
    /// <param name="other">Another roll-up of the same key space.</param>
    /// <returns>Whether the totals are equal.</returns>
    public bool TotalsEqual(Rollup other)
    {
        Guard.Against.Null(other);
        return ReferenceEquals(other.KeySpace, KeySpace) && _sums.AsSpan().SequenceEqual(other._sums) && _flags.AsSpan().SequenceEqual(other._flags);
    }

    /// <summary>One total by key-space indexes, with no allocation: exact zero when no record reached the cell.</summary>
    /// <param name="division">The division index.</param>
    /// <param name="topic">The topic index (<see cref="RollupKeySpace.AllTopics"/> for all).</param>
    /// <param name="period">The period index (<see cref="RollupKeySpace.AllPeriods"/> for all, see
    /// <see cref="RollupKeySpace.TryGetPeriodIndex"/>).</param>
    /// <param name="measure">The measure index.</param>
    /// <returns>The total in the measure's unit.</returns>
    public Quantity TotalAt(int division, int topic, int period, int measure)
    {
        Guard.Against.OutOfRange(division, nameof(division), 0, KeySpace.DivisionCount - 1);
        Guard.Against.OutOfRange(topic, nameof(topic), 0, KeySpace.TopicCount - 1);
        Guard.Against.OutOfRange(period, nameof(period), 0, KeySpace.PeriodCount - 1);
        Guard.Against.OutOfRange(measure, nameof(measure), 0, KeySpace.MeasureCount - 1);
        var cell = (division * _strideDivision) + (topic * _strideTopic) + (period * _measures) + measure;
        return Quantity.FromHundredths(_sums[cell], KeySpace.MeasureList[measure].Unit, QualifierExtensions.FromLatticeBits(_flags[cell]));
    }

    /// <summary>The total of one measure for a division, a period and optionally a topic.</summary>
    /// <param name="division">The division (its own records and everything below it).</param>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The period; months outside the key space hold nothing.</param>
    /// <param name="topic">A theme or focus area, or <see langword="null"/> for all.</param>
    /// <returns>The total in the measure's unit; exact zero when nothing was recorded.</returns>
    public Quantity Total(DivisionCode division, Measure measure, RollupPeriod period, string? topic = null)
    {
        var (sum, flags) = Read(KeySpace.DivisionIndex(division), KeySpace.TopicIndex(topic), period, KeySpace.MeasureIndex(measure));
        return Quantity.FromHundredths(sum, measure.Unit, QualifierExtensions.FromLatticeBits(flags));
    }

    /// <summary>One division's totals (某区汇总): every measure with at least one record.</summary>
    /// <param name="division">The division.</param>
    /// <param name="period">The period.</param>
    /// <param name="topic">A theme or focus area, or <see langword="null"/> for all.</param>
    /// <returns>The figures.</returns>
    public FigureSet Totals(DivisionCode division, RollupPeriod period, string? topic = null) =>
        Figures(KeySpace.DivisionIndex(division), KeySpace.TopicIndex(topic), period);

    /// <summary>The breakdown of a division by its children (a district's per-township table, 分乡镇).</summary>
    /// <param name="division">The parent division.</param>
    /// <param name="period">The period.</param>
    /// <param name="topic">A theme or focus area, or <see langword="null"/> for all.</param>
    /// <returns>One row per child division in key-space order (empty figures when a child has none).</returns>
    public IReadOnlyList<DivisionFigures> ByChildDivision(DivisionCode division, RollupPeriod period, string? topic = null)
    {
        var t = KeySpace.TopicIndex(topic);
        return KeySpace.Divisions.Children(KeySpace.DivisionIndex(division))
            .Select(c => new DivisionFigures(KeySpace.DivisionCodes[c], Figures(c, t, period)))
            .ToList();
    }

    /// <summary>The breakdown of a division by city theme (a city's per-theme table, 分主题).</summary>
    /// <param name="division">The division.</param>
    /// <param name="period">The period.</param>
    /// <returns>One row per theme in key-space order.</returns>
    public IReadOnlyList<TopicFigures> ByTheme(DivisionCode division, RollupPeriod period) =>
        ByChildTopic(division, RollupKeySpace.AllTopics, period);

    /// <summary>The breakdown of a division's figures for one theme by focus area (分聚焦方向).</summary>
    /// <param name="division">The division.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="period">The period.</param>
    /// <returns>One row per focus area of the theme in key-space order.</returns>
    public IReadOnlyList<TopicFigures> ByFocusArea(DivisionCode division, string theme, RollupPeriod period)
    {
        Guard.Against.NullOrWhiteSpace(theme);
        return ByChildTopic(division, KeySpace.TopicIndex(theme), period);
    }

    /// <summary>Month on month (环比): a measure's total in a month against the month before.</summary>
    /// <param name="division">The division.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="month">The month.</param>
    /// <param name="topic">A theme or focus area, or <see langword="null"/> for all.</param>
    /// <returns>The comparison.</returns>
    public MonthOnMonth MonthOnMonth(DivisionCode division, Measure measure, YearMonth month, string? topic = null) =>
        new(measure, month,
            Total(division, measure, RollupPeriod.Month(month), topic),
            Total(division, measure, RollupPeriod.Month(month.PlusMonths(-1)), topic));

    private IReadOnlyList<TopicFigures> ByChildTopic(DivisionCode division, int topic, RollupPeriod period)
    {
        var d = KeySpace.DivisionIndex(division);
        return KeySpace.Topics.Children(topic)
            .Select(c => new TopicFigures(KeySpace.TopicCodes[c], Figures(d, c, period)))
            .ToList();
    }

    private FigureSet Figures(int division, int topic, RollupPeriod period)
    {
        var set = FigureSet.Empty;
        for (var k = 0; k < _measures; k++)
        {
            var (sum, flags) = Read(division, topic, period, k);
            if ((flags & PresentBit) != 0)
            {
                var measure = KeySpace.MeasureList[k];
                set = set.Add(measure, Quantity.FromHundredths(sum, measure.Unit, QualifierExtensions.FromLatticeBits(flags)));
            }
        }

        return set;
    }

    private (long Sum, byte Flags) Read(int division, int topic, RollupPeriod period, int measure)
    {
        var cellBase = (division * _strideDivision) + (topic * _strideTopic) + measure;
        if (KeySpace.TryGetPeriodIndex(period, out var p))
        {
            return (_sums[cellBase + (p * _measures)], _flags[cellBase + (p * _measures)]);
        }

        // A range of months that is not one node (as of a date, a custom range): add its months.
        long sum = 0;
        byte flags = 0;
        if (!period.IsEmpty)
        {
            var from = Math.Max(0, RollupKeySpace.MonthsBetween(KeySpace.FirstMonth, period.First));
            var to = Math.Min(KeySpace.MonthCount - 1, RollupKeySpace.MonthsBetween(KeySpace.FirstMonth, period.Last));
            for (var m = from; m <= to; m++)
            {
                var cell = cellBase + ((KeySpace.MonthBase + m) * _measures);
                sum = checked(sum + _sums[cell]);
                flags |= _flags[cell];
            }
        }

        return (sum, flags);
    }

    private bool IsInKeySpace(in RollupRecord r) =>
        (uint)r.Division < (uint)KeySpace.DivisionCount && r.Topic < KeySpace.TopicCount && r.Month < KeySpace.MonthCount && r.Measure < _measures;

    private static OverflowException TotalOverflow() => new("A roll-up total would exceed the range of 64-bit hundredths.");

    private static ArgumentException InvalidRecord(long index) =>
        new($"Record {index} has a key outside the roll-up's key space.", "records");

    /// <summary>
    /// The leaf pass: each record into its own cell, with no allocation. The cell offset is the division's offset
    /// plus three lookups in 256-entry tables indexed by the record's topic, month and measure bytes; a key outside
    /// the key space looks up a large negative offset, so one sign test validates all three.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Accumulate(ReadOnlySpan<RollupRecord> records, int firstIndex, long[] sumArray, byte[] flagArray)
    {
        var divisions = (uint)KeySpace.DivisionCount;
        var strideDivision = _strideDivision;
        ref var topicOffsets = ref MemoryMarshal.GetArrayDataReference(_topicOffsets);
        ref var monthOffsets = ref MemoryMarshal.GetArrayDataReference(_monthOffsets);
        ref var measureOffsets = ref MemoryMarshal.GetArrayDataReference(_measureOffsets);
        ref var sums = ref MemoryMarshal.GetArrayDataReference(sumArray);
        ref var flags = ref MemoryMarshal.GetArrayDataReference(flagArray);
        for (var i = 0; i < records.Length; i++)
        {
            ref readonly var r = ref records[i];
            var d = (uint)r.Division;
            var cell = (int)(d * (uint)strideDivision) + Unsafe.Add(ref topicOffsets, r.Topic) + Unsafe.Add(ref monthOffsets, r.Month) + Unsafe.Add(ref measureOffsets, r.Measure);
            if (d >= divisions || cell < 0)
            {
                throw InvalidRecord(firstIndex + (long)i);
            }

            ref var sum = ref Unsafe.Add(ref sums, cell);
            sum = checked(sum + r.Hundredths);

            // Most records leave a cell's qualifier as it is: skip the store then.
            ref var flag = ref Unsafe.Add(ref flags, cell);
            var joined = (byte)(flag | r.Flags);
            if (joined != flag)
            {
                flag = joined;
            }
        }
    }

    private static int[] OffsetTable(int count, Func<int, int> offset)
    {
        // -2^29 three times stays above int.MinValue, and a division offset plus valid offsets stays below 2^29
        // (a key space has fewer cells than that), so any invalid key makes the sum negative.
        const int Invalid = -(1 << 29);
        var table = new int[RollupRecord.MaxSmallKey];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = i < count ? offset(i) : Invalid;
        }

        return table;
    }

    /// <summary>The roll-up pass: periods, then topics, then divisions, each node into its parent, children first.</summary>
    private void RollUpInPlace(long[] sums, byte[] flags)
    {
        var periodParents = KeySpace.Periods.Parents;
        for (var block = 0; block < sums.Length; block += _strideTopic)
        {
            for (var p = periodParents.Length - 1; p > 0; p--)
            {
                AddSlice(sums, flags, block + (periodParents[p] * _measures), block + (p * _measures), _measures);
            }
        }

        var topicParents = KeySpace.Topics.Parents;
        for (var block = 0; block < sums.Length; block += _strideDivision)
        {
            for (var t = topicParents.Length - 1; t > 0; t--)
            {
                AddSlice(sums, flags, block + (topicParents[t] * _strideTopic), block + (t * _strideTopic), _strideTopic);
            }
        }

        var divisionParents = KeySpace.Divisions.Parents;
        for (var d = divisionParents.Length - 1; d >= 0; d--)
        {
            if (divisionParents[d] >= 0)
            {
                AddSlice(sums, flags, divisionParents[d] * _strideDivision, d * _strideDivision, _strideDivision);
            }
        }
    }

    private static void AddSlice(long[] sums, byte[] flags, int target, int source, int length)
    {
        var targetSums = sums.AsSpan(target, length);
        var sourceSums = sums.AsSpan(source, length);
        var targetFlags = flags.AsSpan(target, length);
        var sourceFlags = flags.AsSpan(source, length);
        for (var i = 0; i < length; i++)
        {
            targetSums[i] = checked(targetSums[i] + sourceSums[i]);
            targetFlags[i] |= sourceFlags[i];
        }
    }

    /// <summary>Adds cells into this roll-up's totals after checking that none overflows, so a failure changes nothing.</summary>
    private void AddCells(long[] sums, byte[] flags)
    {
        for (var i = 0; i < sums.Length; i++)
        {
            if (_sums[i] > long.MaxValue - sums[i])
            {
                throw TotalOverflow();
            }
        }

        AddCellsChecked(_sums, _flags, sums, flags);
    }

    private static void AddCellsChecked(long[] targetSums, byte[] targetFlags, long[] sums, byte[] flags)
    {
        for (var i = 0; i < sums.Length; i++)
        {
            targetSums[i] = checked(targetSums[i] + sums[i]);
            targetFlags[i] |= flags[i];
        }
    }
}
