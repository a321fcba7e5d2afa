using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using NodaTime;

namespace Congress.Domain.Stations;

/// <summary>
/// A deputy as liaison work sees them (联络对象): who, the level of the congress whose mandate they hold, and the
/// division that congress covers. A person holding mandates at several levels appears once per mandate.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. The National People's Congress covers no one division
/// (<see cref="DivisionCode.None"/>): its deputies may go anywhere.</remarks>
public readonly record struct LiaisonDeputy
{
    /// <summary>Creates the liaison view of one mandate.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="level">The level of the congress.</param>
    /// <param name="congressArea">The division whose congress it is (满城区 130607 for a district deputy); <see cref="DivisionCode.None"/> exactly for the national level.</param>
    public LiaisonDeputy(DeputyId deputy, CongressLevel level, DivisionCode congressArea)
    {
        Guard.Against.InvalidInput(deputy, nameof(deputy), d => d.Value.Length > 0, "A deputy has an identity.");
        Guard.Against.EnumOutOfRange(level);
        Guard.Against.InvalidInput(congressArea, nameof(congressArea), d => d.IsNone == (level == CongressLevel.National), "A local congress covers a division; the national one none.");
        Deputy = deputy;
        Level = level;
        CongressArea = congressArea;
    }

    /// <summary>The deputy.</summary>
    public DeputyId Deputy { get; }

    /// <summary>The level of the congress.</summary>
    public CongressLevel Level { get; }

    /// <summary>The division the congress covers; <see cref="DivisionCode.None"/> for the National People's Congress.</summary>
    public DivisionCode CongressArea { get; }

    /// <summary>The liaison view of a mandate: its deputy, its congress's level and division.</summary>
    /// <param name="mandate">The mandate.</param>
    /// <returns>The liaison view.</returns>
    public static LiaisonDeputy From(Mandate mandate)
    {
        Guard.Against.Null(mandate);
        return new LiaisonDeputy(mandate.Deputy, mandate.Congress.Level, mandate.Congress.Division);
    }

    /// <summary>
    /// The deputies of a district on a date, as the four-level composition counts them: every active provincial,
    /// municipal, county or township mandate whose liaison division (stationed-in, else elected-in) lies within it.
    /// </summary>
    /// <param name="mandates">The mandate register.</param>
    /// <param name="divisions">The hierarchy.</param>
    /// <param name="district">The district, a code of the hierarchy.</param>
    /// <param name="on">The date.</param>
    /// <returns>One liaison view per mandate, in register order.</returns>
    public static IReadOnlyList<LiaisonDeputy> InDistrict(MandateRegister mandates, DivisionHierarchy divisions, DivisionCode district, LocalDate on)
    {
        Guard.Against.Null(mandates);
        Guard.Against.Null(divisions);
        Guard.Against.InvalidInput(district, nameof(district), divisions.Contains, "The district is in the hierarchy.");
        return mandates.ActiveOn(on)
            .Where(m => m.Congress.Level != CongressLevel.National && divisions.IsWithin(m.LiaisonDivision, district))
            .Select(From)
            .ToArray();
    }
}

/// <summary>Chinese names of congress levels, for messages.</summary>
internal static class LevelNames
{
    public static string Zh(CongressLevel level) => level switch
    {
        CongressLevel.National => "全国人大",
        CongressLevel.Provincial => "省人大",
        CongressLevel.Municipal => "市人大",
        CongressLevel.County => "区（县）人大",
        _ => "乡（镇）人大",
    };
}
