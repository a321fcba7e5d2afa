using Ardalis.GuardClauses;
using Congress.Domain.Divisions;

namespace Congress.Domain.Stations;

/// <summary>
/// The legal hierarchy (<see cref="DivisionHierarchy"/>) as an <see cref="IDivisionTree"/>: legal parents for the
/// divisions it holds, the code digits for those it does not (a village not registered still lies within its township).
/// </summary>
/// <remarks>Immutable and thread-safe, as the hierarchy is. Equality is by reference.</remarks>
public sealed class DivisionHierarchyTree : IDivisionTree
{
    private readonly DivisionHierarchy _divisions;

    /// <summary>Wraps a hierarchy.</summary>
    /// <param name="divisions">The hierarchy.</param>
    public DivisionHierarchyTree(DivisionHierarchy divisions)
    {
        Guard.Against.Null(divisions);
        _divisions = divisions;
    }

    /// <inheritdoc />
    public DivisionCode ParentOf(DivisionCode code) =>
        _divisions.Contains(code) ? _divisions.ParentOf(code)?.Code ?? DivisionCode.None : code.ParentByDigits;

    /// <inheritdoc />
    public bool IsWithin(DivisionCode code, DivisionCode area)
    {
        if (code.IsNone || area.IsNone)
        {
            return false;
        }

        // Climb by digits to the first registered division, then ask the hierarchy (O(1)).
        var c = code;
        while (!c.IsNone && !_divisions.Contains(c))
        {
            if (c == area)
            {
                return true;
            }

            c = c.ParentByDigits;
        }

        return !c.IsNone && _divisions.IsWithin(c, area);
    }
}
