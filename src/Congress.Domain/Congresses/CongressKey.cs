using Ardalis.GuardClauses;
using Congress.Domain.Divisions;

namespace Congress.Domain.Congresses;

/// <summary>
/// The identity of a people's congress (人民代表大会): the division whose congress it is and its level. The National
/// People's Congress has no division (<see cref="DivisionCode.None"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by division code and level.</remarks>
public readonly record struct CongressKey
{
    /// <summary>Names the congress of a division at a level.</summary>
    /// <param name="division">The division; <see cref="DivisionCode.None"/> only for the National People's Congress.</param>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentException">The level is undefined, or the division is none for a local level or given for the national one.</exception>
    public CongressKey(DivisionCode division, CongressLevel level)
    {
        Guard.Against.EnumOutOfRange(level);
        Guard.Against.InvalidInput(division, nameof(division), d => d.IsNone == (level == CongressLevel.National), "Only the National People's Congress has no division.");
        Division = division;
        Level = level;
    }

    /// <summary>The National People's Congress (全国人民代表大会).</summary>
    public static CongressKey National => new(DivisionCode.None, CongressLevel.National);

    /// <summary>The division whose congress it is; <see cref="DivisionCode.None"/> for the National People's Congress.</summary>
    public DivisionCode Division { get; }

    /// <summary>The level.</summary>
    public CongressLevel Level { get; }

    /// <summary>The congress of a division, at the level its kind gives.</summary>
    /// <param name="division">The division.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The division has no congress (街道, 办事处, functional zone, village, community).</exception>
    public static CongressKey Of(Division division)
    {
        Guard.Against.Null(division);
        var level = division.Kind.CongressLevel()
            ?? throw new ArgumentException($"{division} has no people's congress.", nameof(division));
        return new CongressKey(division.Code, level);
    }

    /// <summary>The division code and level, for logs: <c>130607/County</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Level == CongressLevel.National ? "National" : $"{Division}/{Level}";
}
