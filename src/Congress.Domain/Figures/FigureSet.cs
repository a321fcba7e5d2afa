using System.Collections;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Congress.Domain.Figures;

/// <summary>
/// A set of figures keyed by what they count (一组统计数字): at most one <see cref="Quantity"/> per
/// <see cref="Measure"/>, always in that measure's unit. For example 徐水's campaign figures: suggestions 187余条,
/// residents visited 900余人次, total investment 759,000,000 元.
/// </summary>
/// <remarks>
/// <para>
/// Figure sets form a commutative monoid under <see cref="Merge"/>: merging adds the figures of a measure present in
/// both (with the honest qualifier join of <see cref="Quantity.Add"/>) and keeps the others, so
/// <c>a.Merge(b) == b.Merge(a)</c>, <c>a.Merge(b).Merge(c) == a.Merge(b.Merge(c))</c> and
/// <c>a.Merge(Empty) == a</c>. Partial roll-ups computed anywhere (threads, processes, a database) therefore combine
/// into the same answer whatever the grouping.
/// </para>
/// <para>Immutable and thread-safe. Equality is by content: the same measures with equal figures.</para>
/// </remarks>
public sealed class FigureSet : IEquatable<FigureSet>, IReadOnlyCollection<KeyValuePair<Measure, Quantity>>
{
    private readonly ImmutableDictionary<Measure, Quantity> _figures;

    private FigureSet(ImmutableDictionary<Measure, Quantity> figures) => _figures = figures;

    /// <summary>The empty set: the identity of <see cref="Merge"/>.</summary>
    public static FigureSet Empty { get; } = new(ImmutableDictionary<Measure, Quantity>.Empty);

    /// <summary>How many measures have a figure.</summary>
    public int Count => _figures.Count;

    /// <summary>The measures that have a figure, ordered by code.</summary>
    public IEnumerable<Measure> Measures => _figures.Keys.OrderBy(m => m.Code, StringComparer.Ordinal);

    /// <summary>The figure of <paramref name="measure"/>; exact zero in its unit when the set has none.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The figure.</returns>
    public Quantity this[Measure measure]
    {
        get
        {
            Guard.Against.Null(measure);
            return _figures.TryGetValue(measure, out var figure) ? figure : Quantity.Zero(measure.Unit);
        }
    }

    /// <summary>Whether the set has a figure for <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Whether a figure is present.</returns>
    public bool Contains(Measure measure)
    {
        Guard.Against.Null(measure);
        return _figures.ContainsKey(measure);
    }

    /// <summary>A set holding one figure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="figure">The figure, in the measure's unit.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">The figure's unit is not the measure's.</exception>
    public static FigureSet Of(Measure measure, Quantity figure) => Empty.Add(measure, figure);

    /// <summary>A new set with <paramref name="figure"/> added to the figure of <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="figure">The figure, in the measure's unit.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The figure's unit is not the measure's (parameter <paramref name="figure"/>).</exception>
    public FigureSet Add(Measure measure, Quantity figure)
    {
        Guard.Against.Null(measure);
        Guard.Against.InvalidInput(figure, nameof(figure), f => f.Unit == measure.Unit, $"A figure of {measure.Code} must be in {measure.Unit.Word}.");
        var sum = _figures.TryGetValue(measure, out var existing) ? existing + figure : figure;
        return new FigureSet(_figures.SetItem(measure, sum));
    }

    /// <summary>
    /// Merges two sets: figures of a measure in both are added (qualifiers joined); the rest are kept.
    /// Commutative and associative, with <see cref="Empty"/> as identity.
    /// </summary>
    /// <param name="other">The other set.</param>
    /// <returns>The merged set; both inputs are unchanged.</returns>
    public FigureSet Merge(FigureSet other)
    {
        Guard.Against.Null(other);
        if (other._figures.Count == 0)
        {
            return this;
        }

        if (_figures.Count == 0)
        {
            return other;
        }

        var builder = _figures.ToBuilder();
        foreach (var (measure, figure) in other._figures)
        {
            builder[measure] = builder.TryGetValue(measure, out var existing) ? existing + figure : figure;
        }

        return new FigureSet(builder.ToImmutable());
    }

    /// <summary>Merges many sets (the empty merge is <see cref="Empty"/>).</summary>
    /// <param name="sets">The sets.</param>
    /// <returns>The merged set.</returns>
    public static FigureSet MergeAll(IEnumerable<FigureSet> sets)
    {
        Guard.Against.Null(sets);
        return sets.Aggregate(Empty, (acc, set) => acc.Merge(set));
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<Measure, Quantity>> GetEnumerator() =>
        _figures.OrderBy(p => p.Key.Code, StringComparer.Ordinal).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(FigureSet? other)
    {
        if (other is null || other._figures.Count != _figures.Count)
        {
            return false;
        }

        foreach (var (measure, figure) in _figures)
        {
            if (!other._figures.TryGetValue(measure, out var theirs) || theirs != figure)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FigureSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (measure, figure) in _figures)
        {
            hash ^= HashCode.Combine(measure, figure);
        }

        return hash;
    }

    /// <summary>The figures as <c>code=figure</c> pairs ordered by code, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", this.Select(p => $"{p.Key.Code}={p.Value}"));
}
