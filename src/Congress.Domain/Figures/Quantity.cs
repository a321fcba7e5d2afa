using System.Globalization;
using Ardalis.GuardClauses;

namespace Congress.Domain.Figures;

/// <summary>
/// A figure as a report states it (数字): a non-negative value in a <see cref="Figures.Unit"/> with a
/// <see cref="Figures.Qualifier"/>, for example 810余人次 (more than 810 person-visits) or 7.59亿元
/// (exactly 759,000,000 yuan).
/// </summary>
/// <remarks>
/// Arithmetic stays honest: exact plus exact is exact; "more than" plus any non-negative figure is "more than";
/// adding figures of different units is an error. Values are <see cref="decimal"/>, so money is exact.
/// Immutable and thread-safe; equality is by value, unit and qualifier (810余人次 is not 810人次).
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    /// <summary>Creates a figure.</summary>
    /// <param name="value">The value in base units, not negative.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="qualifier">The qualifier.</param>
    public Quantity(decimal value, Unit unit, Qualifier qualifier = Qualifier.Exact)
    {
        // Non-capturing lambdas: no allocation (Guard's Negative and EnumOutOfRange box), as roll-up queries build many.
        Guard.Against.InvalidInput(value, nameof(value), v => v >= 0m, "A figure cannot be negative.");
        Guard.Against.InvalidInput(qualifier, nameof(qualifier), q => (uint)q <= (uint)Qualifier.Nearly, "Unknown qualifier.");
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
    }

    /// <summary>The value in base units (元 for money).</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public Unit Unit { get; }

    /// <summary>The qualifier.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>Whether the figure is exact.</summary>
    public bool IsExact => Qualifier == Qualifier.Exact;

    /// <summary>An exact figure.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The figure.</returns>
    public static Quantity Exact(decimal value, Unit unit) => new(value, unit, Qualifier.Exact);

    /// <summary>A "more than" figure (余, 多).</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The figure.</returns>
    public static Quantity MoreThan(decimal value, Unit unit) => new(value, unit, Qualifier.MoreThan);

    /// <summary>Zero in <paramref name="unit"/>, exact: the identity of <see cref="Add"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The zero figure.</returns>
    public static Quantity Zero(Unit unit) => new(0m, unit, Qualifier.Exact);

    /// <summary>An amount of money in 元 (yuan), kept as an exact decimal: 7.59亿元 is <c>Money(759_000_000m)</c>.</summary>
    /// <param name="yuan">The amount in yuan, not negative.</param>
    /// <param name="qualifier">The qualifier (满城 10万余元 is <c>Money(100_000m, Qualifier.MoreThan)</c>).</param>
    /// <returns>The figure in <see cref="Unit.Yuan"/>.</returns>
    public static Quantity Money(decimal yuan, Qualifier qualifier = Qualifier.Exact) => new(yuan, Unit.Yuan, qualifier);

    /// <summary>Whether the figure is money (in 元).</summary>
    public bool IsMoney => Unit.IsMoney;

    /// <summary>
    /// The lower-bound view: the value when the figure guarantees the true amount is at least that (exact, 余/多, 以上),
    /// otherwise <see langword="null"/> (约 and 近 may be below the stated value).
    /// </summary>
    public decimal? LowerBound => Qualifier.IsLowerBound() ? Value : null;

    /// <summary>Sums figures of one unit: exact only when every part is exact; the empty sum is exact zero.</summary>
    /// <param name="parts">The figures.</param>
    /// <param name="unit">The unit every part must have.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">A part has another unit (parameter <paramref name="parts"/>).</exception>
    public static Quantity Sum(ReadOnlySpan<Quantity> parts, Unit unit)
    {
        var value = 0m;
        var qualifier = Qualifier.Exact;
        foreach (var part in parts)
        {
            if (part.Unit != unit)
            {
                throw new ArgumentException($"Cannot add {part.Unit.Word} to {unit.Word}: the units differ.", nameof(parts));
            }

            value += part.Value;
            qualifier = qualifier.Combine(part.Qualifier);
        }

        return new Quantity(value, unit, qualifier);
    }

    /// <summary>
    /// Orders figures of one unit by value, then by qualifier code, for sorting and display; it says nothing about
    /// which true amount is larger (810余 sorts after 810, but 约800 could be more than either).
    /// </summary>
    /// <param name="other">A figure of the same unit.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public int CompareTo(Quantity other)
    {
        if (Unit != other.Unit)
        {
            throw new ArgumentException($"Cannot compare {other.Unit.Word} with {Unit.Word}: the units differ.", nameof(other));
        }

        var byValue = Value.CompareTo(other.Value);
        return byValue != 0 ? byValue : Qualifier.CompareTo(other.Qualifier);
    }

    /// <summary>Orders two figures of one unit (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Orders two figures of one unit (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Orders two figures of one unit (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two figures of one unit (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// The value in hundredths of a base unit (分 for money), the fixed-point form the roll-up engine sums in.
    /// </summary>
    /// <param name="hundredths">The value × 100.</param>
    /// <returns>Whether the value has at most two decimals and fits a <see cref="long"/>.</returns>
    internal bool TryGetHundredths(out long hundredths)
    {
        var scaled = Value * 100m;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            hundredths = 0;
            return false;
        }

        hundredths = (long)scaled;
        return true;
    }

    /// <summary>A figure from hundredths of a base unit.</summary>
    /// <param name="hundredths">The value × 100, not negative.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The figure.</returns>
    internal static Quantity FromHundredths(long hundredths, Unit unit, Qualifier qualifier) =>
        new(new decimal(hundredths) / 100m, unit, qualifier);

    /// <summary>Adds two figures of the same unit, combining their qualifiers honestly.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Quantity Add(Quantity other)
    {
        if (Unit != other.Unit)
        {
            throw new ArgumentException($"Cannot add {other.Unit.Word} to {Unit.Word}: the units differ.", nameof(other));
        }

        return new Quantity(Value + other.Value, Unit, Qualifier.Combine(other.Qualifier));
    }

    /// <summary>Adds two figures of the same unit.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);

    /// <inheritdoc />
    public bool Equals(Quantity other) => Value == other.Value && Unit == other.Unit && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit, Qualifier);

    /// <summary>Compares two figures.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether value, unit and qualifier are equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Compares two figures.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>A plain rendering in base units, for logs: 810余人次, 约300人, 100人以上. Reports use the writer in Congress.Domain.Reporting.</summary>
    /// <returns>The figure as text.</returns>
    public override string ToString()
    {
        var number = Value.ToString("0.############", CultureInfo.InvariantCulture);
        return Qualifier switch
        {
            Qualifier.MoreThan => number + "余" + Unit.Word,
            Qualifier.AtLeast => number + Unit.Word + "以上",
            Qualifier.About => "约" + number + Unit.Word,
            Qualifier.Nearly => "近" + number + Unit.Word,
            _ => number + Unit.Word,
        };
    }
}
