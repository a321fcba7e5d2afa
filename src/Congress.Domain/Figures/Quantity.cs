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
public readonly struct Quantity : IEquatable<Quantity>
{
    /// <summary>Creates a figure.</summary>
    /// <param name="value">The value in base units, not negative.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="qualifier">The qualifier.</param>
    public Quantity(decimal value, Unit unit, Qualifier qualifier = Qualifier.Exact)
    {
        Guard.Against.Negative(value);
        Guard.Against.EnumOutOfRange(qualifier);
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
