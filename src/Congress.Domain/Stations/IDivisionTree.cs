using Congress.Domain.Divisions;

namespace Congress.Domain.Stations;

/// <summary>
/// The one question assignment and coverage ask of the administrative hierarchy (行政区划): the legal parent of a
/// division. A host passes its own hierarchy; <see cref="DivisionTreeByDigits"/> answers from the code digits alone.
/// </summary>
/// <remarks>Implementations must be thread-safe and answer the same for the same code.</remarks>
public interface IDivisionTree
{
    /// <summary>The legal parent of <paramref name="code"/>, or <see cref="DivisionCode.None"/> at the root.</summary>
    /// <param name="code">A division code.</param>
    /// <returns>The parent.</returns>
    DivisionCode ParentOf(DivisionCode code);

    /// <summary>Whether <paramref name="code"/> is <paramref name="area"/> or lies within it.</summary>
    /// <param name="code">The division asked about.</param>
    /// <param name="area">The possible ancestor.</param>
    /// <returns>Whether <paramref name="area"/> is <paramref name="code"/> or one of its ancestors.</returns>
    bool IsWithin(DivisionCode code, DivisionCode area)
    {
        if (code.IsNone || area.IsNone)
        {
            return false;
        }

        for (var c = code; !c.IsNone; c = ParentOf(c))
        {
            if (c == area)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The hierarchy the code digits name (<see cref="DivisionCode.ParentByDigits"/>): the default tree.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class DivisionTreeByDigits : IDivisionTree
{
    private DivisionTreeByDigits()
    {
    }

    /// <summary>The single instance.</summary>
    public static DivisionTreeByDigits Instance { get; } = new();

    /// <inheritdoc />
    public DivisionCode ParentOf(DivisionCode code) => code.ParentByDigits;

    /// <inheritdoc />
    public bool IsWithin(DivisionCode code, DivisionCode area) => code.IsWithinByDigits(area);
}
