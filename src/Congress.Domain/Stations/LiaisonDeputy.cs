using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;

namespace Congress.Domain.Stations;

/// <summary>
/// A deputy as liaison work sees them (联络对象): who, the level of the congress whose mandate they hold, and the
/// division that congress covers. A person holding mandates at several levels appears once per mandate.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public readonly record struct LiaisonDeputy
{
    /// <summary>Creates the liaison view of one mandate.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="level">The level of the congress.</param>
    /// <param name="congressArea">The division whose congress it is (满城区 130607 for a district deputy).</param>
    public LiaisonDeputy(DeputyId deputy, CongressLevel level, DivisionCode congressArea)
    {
        Guard.Against.InvalidInput(deputy, nameof(deputy), d => d.Value.Length > 0, "A deputy has an identity.");
        Guard.Against.EnumOutOfRange(level);
        Guard.Against.InvalidInput(congressArea, nameof(congressArea), d => !d.IsNone, "A congress covers a division.");
        Deputy = deputy;
        Level = level;
        CongressArea = congressArea;
    }

    /// <summary>The deputy.</summary>
    public DeputyId Deputy { get; }

    /// <summary>The level of the congress.</summary>
    public CongressLevel Level { get; }

    /// <summary>The division the congress covers.</summary>
    public DivisionCode CongressArea { get; }
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
