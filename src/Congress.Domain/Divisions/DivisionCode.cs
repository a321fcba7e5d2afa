using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Congress.Domain.Divisions;

/// <summary>
/// The official code of an administrative division (行政区划代码): GB/T 2260 six digits for county level and above
/// (保定市 130600, 满城区 130607), and the statistical codes (统计用区划代码) below: nine digits for township level
/// (130607100) and twelve for village level (130607100201). The digits carry the ancestors.
/// </summary>
/// <remarks>
/// A twelve-digit statistical code whose tail is zero names the same division as its shorter form
/// (130607000000 is 130607; 130607100000 is 130607100) and is normalised to it. Immutable and thread-safe;
/// equality is ordinal on the normalised digits; ordering is by the numeric code, so a parent sorts before its children.
/// The default value is <see cref="None"/>, which is no code.
/// </remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>, IComparable<DivisionCode>
{
    private readonly long _value;
    private readonly byte _length;

    private DivisionCode(long value, byte length)
    {
        _value = value;
        _length = length;
    }

    /// <summary>No code (the default value).</summary>
    public static DivisionCode None => default;

    /// <summary>The number of digits: 6, 9 or 12; 0 for <see cref="None"/>.</summary>
    public int Length => _length;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => _length == 0;

    /// <summary>The level the digits name.</summary>
    public CodeLevel Level => _length switch
    {
        0 => CodeLevel.None,
        9 => CodeLevel.Township,
        12 => CodeLevel.Village,
        _ when _value % 10_000 == 0 => CodeLevel.Province,
        _ when _value % 100 == 0 => CodeLevel.Prefecture,
        _ => CodeLevel.County,
    };

    /// <summary>The code as a number (130607 for 满城区); 0 for <see cref="None"/>.</summary>
    public long Value => _value;

    /// <summary>Parses a code, throwing when it is malformed.</summary>
    /// <param name="text">Six, nine or twelve ASCII digits.</param>
    /// <returns>The normalised code.</returns>
    /// <exception cref="ArgumentException">The text is not a well-formed code.</exception>
    public static DivisionCode Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParse(text, out var code, out var error))
        {
            throw new ArgumentException($"'{text}' is not a division code: {error}", nameof(text));
        }

        return code;
    }

    /// <summary>Parses a code.</summary>
    /// <param name="text">Six, nine or twelve ASCII digits.</param>
    /// <param name="code">The normalised code when well-formed.</param>
    /// <returns>Whether the text is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode code) => TryParse(text, out code, out _);

    private static bool TryParse(string? text, out DivisionCode code, out string error)
    {
        code = default;
        if (text is null || (text.Length != 6 && text.Length != 9 && text.Length != 12))
        {
            error = "a code has 6, 9 or 12 digits";
            return false;
        }

        long value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                error = "a code holds only the digits 0-9";
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        var length = (byte)text.Length;
        if (length == 12 && value % 1000 == 0)
        {
            value /= 1000;
            length = 9;
        }

        if (length == 9 && value % 1000 == 0)
        {
            value /= 1000;
            length = 6;
        }

        var province = (length == 6 ? value : length == 9 ? value / 1000 : value / 1_000_000) / 10_000;
        if (province < 11 || province > 82)
        {
            error = "the first two digits are not a province (11-82)";
            return false;
        }

        code = new DivisionCode(value, length);
        error = string.Empty;
        return true;
    }

    /// <summary>The code of the parent the digits name, or <see cref="None"/> for a province.</summary>
    /// <remarks>
    /// This is the parent by the digits only. A county directly under a province (xx9001) or a district of a
    /// municipality (1101xx) still names its prefecture digits; the hierarchy decides which of those exist.
    /// </remarks>
    public DivisionCode ParentByDigits => Level switch
    {
        CodeLevel.Village => new DivisionCode(_value / 1000, 9),
        CodeLevel.Township => new DivisionCode(_value / 1000, 6),
        CodeLevel.County => new DivisionCode(_value / 100 * 100, 6),
        CodeLevel.Prefecture => new DivisionCode(_value / 10_000 * 10_000, 6),
        _ => None,
    };

    /// <summary>Whether the digits of this code say it lies within <paramref name="ancestor"/> (or is it).</summary>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <returns>Whether <paramref name="ancestor"/> is this code or one of its ancestors by the digits.</returns>
    public bool IsWithinByDigits(DivisionCode ancestor)
    {
        if (ancestor.IsNone || IsNone)
        {
            return false;
        }

        for (var c = this; !c.IsNone; c = c.ParentByDigits)
        {
            if (c == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(DivisionCode other) => _value == other._value && _length == other._length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, _length);

    /// <summary>Orders codes as their twelve-digit statistical forms, so a parent precedes its children.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The ordering.</returns>
    public int CompareTo(DivisionCode other) => TwelveDigits().CompareTo(other.TwelveDigits());

    /// <summary>The code in its own length (130607, 130607100).</summary>
    /// <returns>The digits; empty for <see cref="None"/>.</returns>
    public override string ToString() => _length == 0 ? string.Empty : _value.ToString("D" + _length, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The twelve-digit statistical form (130607000000).</summary>
    /// <returns>The twelve-digit number.</returns>
    public long TwelveDigits() => _length switch
    {
        6 => _value * 1_000_000,
        9 => _value * 1_000,
        _ => _value,
    };

    /// <summary>Compares two codes.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(DivisionCode left, DivisionCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(DivisionCode left, DivisionCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left.CompareTo(right) >= 0;
}

/// <summary>The level a division code's digits name (代码层级).</summary>
public enum CodeLevel
{
    /// <summary>No code.</summary>
    None = 0,

    /// <summary>Province level, xx0000 (省级).</summary>
    Province = 1,

    /// <summary>Prefecture level, xxxx00 (地级).</summary>
    Prefecture = 2,

    /// <summary>County level, six digits (县级).</summary>
    County = 3,

    /// <summary>Township level, nine digits (乡级).</summary>
    Township = 4,

    /// <summary>Village level, twelve digits (村级).</summary>
    Village = 5,
}
