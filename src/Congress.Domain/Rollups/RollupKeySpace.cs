using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Rollups;

/// <summary>
/// The dense integer keys a roll-up works in (汇总口径): the divisions in play as a parent-index forest
/// (village → township → district → city → province), the topics (index 0 "all", then the city's themes, then each
/// district's focus areas under its theme), the months and their quarters and years, and the measures.
/// Build one with <see cref="RollupKeySpaceBuilder"/>.
/// </summary>
/// <remarks>
/// Every dimension is a forest whose parents come before their children, so a roll-up is one descending pass per
/// dimension. The period dimension is: 0 "all months", then years, then quarters, then months.
/// Immutable and thread-safe; equality is by reference (a <see cref="Rollup"/> only merges with one of the same key space).
/// </remarks>
public sealed class RollupKeySpace
{
    /// <summary>The topic index of "all topics" (the root of the topic forest; a record with no theme uses it).</summary>
    public const int AllTopics = 0;

    /// <summary>The period index of "all months".</summary>
    public const int AllPeriods = 0;

    /// <summary>The bound on cells (2^29, four gigabytes of totals) that lets the roll-up validate keys with one sign test.</summary>
    public const int MaxCells = 1 << 29;

    private readonly DivisionCode[] _divisions;
    private readonly FrozenDictionary<DivisionCode, int> _divisionIndex;
    private readonly string[] _topics;
    private readonly FrozenDictionary<string, int> _topicIndex;
    private readonly Measure[] _measures;
    private readonly FrozenDictionary<Measure, int> _measureIndex;
    private readonly int _firstYear;
    private readonly int _quarterBase;

    internal RollupKeySpace(DivisionCode[] divisions, int[] divisionParents, string[] topics, int[] topicParents, YearMonth firstMonth, int monthCount, Measure[] measures)
    {
        _divisions = divisions;
        _divisionIndex = divisions.Select((d, i) => (d, i)).ToFrozenDictionary(p => p.d, p => p.i);
        _topics = topics;
        _topicIndex = topics.Select((t, i) => (t, i)).ToFrozenDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        _measures = measures;
        _measureIndex = measures.Select((m, i) => (m, i)).ToFrozenDictionary(p => p.m, p => p.i);
        FirstMonth = firstMonth;
        MonthCount = monthCount;
        Divisions = new RollupDimension(divisionParents);
        Topics = new RollupDimension(topicParents);

        // Periods: 0 all, years, quarters, months.
        var lastMonth = firstMonth.PlusMonths(monthCount - 1);
        _firstYear = firstMonth.Year;
        var years = lastMonth.Year - _firstYear + 1;
        var firstQuarter = QuarterOrdinal(firstMonth);
        var quarters = QuarterOrdinal(lastMonth) - firstQuarter + 1;
        _quarterBase = 1 + years - firstQuarter;
        MonthBase = 1 + years + quarters;
        var periodParents = new int[MonthBase + monthCount];
        periodParents[0] = -1;
        for (var y = 0; y < years; y++)
        {
            periodParents[1 + y] = AllPeriods;
        }

        for (var q = 0; q < quarters; q++)
        {
            periodParents[1 + years + q] = 1 + ((firstQuarter + q) / 4) - _firstYear;
        }

        for (var m = 0; m < monthCount; m++)
        {
            periodParents[MonthBase + m] = _quarterBase + QuarterOrdinal(firstMonth.PlusMonths(m));
        }

        Periods = new RollupDimension(periodParents);
    }

    /// <summary>The first month of the key space.</summary>
    public YearMonth FirstMonth { get; }

    /// <summary>How many months the key space holds.</summary>
    public int MonthCount { get; }

    /// <summary>The last month of the key space.</summary>
    public YearMonth LastMonth => FirstMonth.PlusMonths(MonthCount - 1);

    /// <summary>How many divisions.</summary>
    public int DivisionCount => _divisions.Length;

    /// <summary>How many topics, including "all topics" at index 0.</summary>
    public int TopicCount => _topics.Length;

    /// <summary>How many period nodes: all, years, quarters and months.</summary>
    public int PeriodCount => Periods.Count;

    /// <summary>How many measures.</summary>
    public int MeasureCount => _measures.Length;

    /// <summary>How many cells a roll-up over this key space holds: divisions × topics × periods × measures.</summary>
    public int CellCount => DivisionCount * TopicCount * PeriodCount * MeasureCount;

    /// <summary>The divisions, parents before children.</summary>
    public IReadOnlyList<DivisionCode> DivisionCodes => _divisions;

    /// <summary>The topic codes; index 0 is the empty "all topics".</summary>
    public IReadOnlyList<string> TopicCodes => _topics;

    /// <summary>The measures.</summary>
    public IReadOnlyList<Measure> MeasureList => _measures;

    /// <summary>The parent index of every division, -1 for a root.</summary>
    public ReadOnlySpan<int> DivisionParents => Divisions.Parents;

    /// <summary>The parent index of every topic: themes under 0, focus areas under their theme; -1 for 0.</summary>
    public ReadOnlySpan<int> TopicParents => Topics.Parents;

    internal RollupDimension Divisions { get; }

    internal RollupDimension Topics { get; }

    internal RollupDimension Periods { get; }

    /// <summary>The period index of month 0.</summary>
    internal int MonthBase { get; }

    /// <summary>The index of a division.</summary>
    /// <param name="division">The division code.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The division is not in the key space.</exception>
    public int DivisionIndex(DivisionCode division) =>
        _divisionIndex.TryGetValue(division, out var i) ? i : throw new ArgumentException($"Division {division} is not in the roll-up's key space.", nameof(division));

    /// <summary>The index of a topic; <see langword="null"/> or empty is <see cref="AllTopics"/>.</summary>
    /// <param name="topic">The theme or focus-area code.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The topic is not in the key space.</exception>
    public int TopicIndex(string? topic) =>
        string.IsNullOrEmpty(topic) ? AllTopics
        : _topicIndex.TryGetValue(topic, out var i) ? i : throw new ArgumentException($"Topic '{topic}' is not in the roll-up's key space.", nameof(topic));

    /// <summary>The index of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The measure is not in the key space.</exception>
    public int MeasureIndex(Measure measure)
    {
        Guard.Against.Null(measure);
        return _measureIndex.TryGetValue(measure, out var i) ? i : throw new ArgumentException($"Measure {measure.Code} is not in the roll-up's key space.", nameof(measure));
    }

    /// <summary>The month index (what a <see cref="RollupRecord"/> holds) of a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the key space.</exception>
    public int MonthIndex(YearMonth month)
    {
        var index = MonthsBetween(FirstMonth, month);
        return index >= 0 && index < MonthCount ? index : throw new ArgumentOutOfRangeException(nameof(month), month, $"The roll-up's key space holds {FirstMonth:yyyy-MM} to {LastMonth:yyyy-MM}.");
    }

    /// <summary>
    /// The period index of a month, quarter, year or all months of the key space, when the period is exactly one
    /// such node (a quarter or year counts only the months the key space holds).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="index">The period index.</param>
    /// <returns>Whether the period is one node.</returns>
    public bool TryGetPeriodIndex(RollupPeriod period, out int index)
    {
        index = -1;
        if (period.IsEmpty)
        {
            return false;
        }

        if (period.First.CompareTo(FirstMonth) <= 0 && period.Last.CompareTo(LastMonth) >= 0)
        {
            index = AllPeriods;
        }
        else if (period.First == period.Last)
        {
            var m = MonthsBetween(FirstMonth, period.First);
            index = m >= 0 && m < MonthCount ? MonthBase + m : -1;
        }
        else if (period == RollupPeriod.Year(period.First.Year))
        {
            var y = period.First.Year - _firstYear;
            index = y >= 0 && y <= LastYearIndex ? 1 + y : -1;
        }
        else if (period.First.Month % 3 == 1 && period == RollupPeriod.Quarter(period.First.Year, (period.First.Month + 2) / 3))
        {
            var q = _quarterBase + QuarterOrdinal(period.First);
            index = q >= LastYearIndex + 2 && q < MonthBase ? q : -1;
        }

        return index >= 0;
    }

    /// <summary>
    /// Turns a figure stated in domain terms into a record.
    /// </summary>
    /// <param name="division">The division.</param>
    /// <param name="topic">The theme or focus-area code, or <see langword="null"/> for none.</param>
    /// <param name="month">The month.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="figure">The figure, in the measure's unit, with at most two decimals.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A key is not in the key space, or the figure does not fit.</exception>
    public RollupRecord CreateRecord(DivisionCode division, string? topic, YearMonth month, Measure measure, Quantity figure)
    {
        Guard.Against.Null(measure);
        Guard.Against.InvalidInput(figure, nameof(figure), f => f.Unit == measure.Unit, $"A figure of {measure.Code} must be in {measure.Unit.Word}.");
        if (!figure.TryGetHundredths(out var hundredths))
        {
            throw new ArgumentException($"The figure {figure} has more than two decimals or is too large to roll up.", nameof(figure));
        }

        return new RollupRecord(DivisionIndex(division), TopicIndex(topic), MonthIndex(month), MeasureIndex(measure), hundredths, figure.Qualifier);
    }

    private int LastYearIndex => LastMonth.Year - _firstYear;

    private static int QuarterOrdinal(YearMonth month) => (month.Year * 4) + ((month.Month - 1) / 3);

    internal static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
