using System.Collections.ObjectModel;
using Ardalis.GuardClauses;

namespace Congress.Domain.Divisions;

/// <summary>
/// A validated tree of administrative divisions (行政区划树), a forest of provinces and municipalities, answering
/// lookups by code, parents, ancestors, descendants, "is within", lowest common ancestors and counts by kind.
/// Built by <see cref="DivisionHierarchyBuilder"/>; the same divisions in any insertion order give the same hierarchy.
/// </summary>
/// <remarks>
/// <para>
/// Divisions are stored in pre-order (children in code order) under dense integer indices, with a parent array and
/// the end of each subtree: <see cref="IsWithin"/> is an interval containment test (O(1)), descendants are a
/// contiguous run, and ancestors follow the parent array (at most five steps). Queries allocate nothing.
/// </para>
/// <para>Immutable and thread-safe. Equality is by reference.</para>
/// </remarks>
public sealed class DivisionHierarchy
{
    private static readonly IReadOnlyList<Division> NoDivisions = [];
    private readonly Division[] _divisions;
    private readonly int[] _parent;
    private readonly int[] _end;
    private readonly byte[] _depth;
    private readonly int[] _managedBy;
    private readonly int[] _kindCounts;
    private readonly CodeIndex _index;
    private readonly Dictionary<int, Division[]> _managed;

    internal DivisionHierarchy(Division[] preOrder, int[] parent, int[] managedBy, CodeIndex? index = null)
    {
        _divisions = preOrder;
        _parent = parent;
        _managedBy = managedBy;
        var n = preOrder.Length;
        _depth = new byte[n];
        _end = new int[n];
        _kindCounts = new int[DivisionKinds.All.Count + 1];
        for (var i = 0; i < n; i++)
        {
            _end[i] = i + 1;
            if (parent[i] >= 0)
            {
                _depth[i] = (byte)(_depth[parent[i]] + 1);
            }

            _kindCounts[(int)preOrder[i].Kind]++;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            if (parent[i] >= 0 && _end[i] > _end[parent[i]])
            {
                _end[parent[i]] = _end[i];
            }
        }

        _index = index ?? new CodeIndex(preOrder);
        _managed = [];
        foreach (var group in Enumerable.Range(0, n).Where(i => managedBy[i] >= 0).GroupBy(i => managedBy[i]))
        {
            _managed[group.Key] = group.Select(i => preOrder[i]).ToArray();
        }
    }

    /// <summary>The hierarchy with no divisions.</summary>
    public static DivisionHierarchy Empty { get; } = new([], [], []);

    /// <summary>The number of divisions.</summary>
    public int Count => _divisions.Length;

    /// <summary>Every division, in pre-order (each division before its descendants, children in code order).</summary>
    public DivisionSlice All => new(_divisions, 0, _divisions.Length);

    /// <summary>The province-level divisions (the roots), in code order.</summary>
    public IEnumerable<Division> Roots
    {
        get
        {
            for (var i = 0; i < _divisions.Length; i = _end[i])
            {
                yield return _divisions[i];
            }
        }
    }

    /// <summary>Builds a hierarchy, throwing when the divisions violate a rule.</summary>
    /// <param name="divisions">The divisions, in any order.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ArgumentException">A rule of <see cref="DivisionRules"/> is violated; the message names the first violation.</exception>
    public static DivisionHierarchy Create(IEnumerable<Division> divisions)
    {
        Guard.Against.Null(divisions);
        var result = new DivisionHierarchyBuilder().AddRange(divisions).Build();
        return result.Hierarchy
            ?? throw new ArgumentException($"The divisions do not form a hierarchy ({result.Violations.Count} violations): {result.Violations[0]}", nameof(divisions));
    }

    /// <summary>Whether the hierarchy holds a division with this code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is known.</returns>
    public bool Contains(DivisionCode code) => _index.Find(code) >= 0;

    /// <summary>The division with this code, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The division, or <see langword="null"/> when unknown.</returns>
    public Division? Find(DivisionCode code)
    {
        var i = _index.Find(code);
        return i < 0 ? null : _divisions[i];
    }

    /// <summary>The division with this code.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The division.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public Division this[DivisionCode code] => _divisions[IndexOf(code)];

    /// <summary>The legal parent of a division, or <see langword="null"/> for a province-level division.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The parent.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public Division? ParentOf(DivisionCode code)
    {
        var p = _parent[IndexOf(code)];
        return p < 0 ? null : _divisions[p];
    }

    /// <summary>The body that manages a division when it is not the legal parent (贤台乡 → 高新区), or <see langword="null"/>.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The managing body.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public Division? ManagingBodyOf(DivisionCode code)
    {
        var m = _managedBy[IndexOf(code)];
        return m < 0 ? null : _divisions[m];
    }

    /// <summary>The divisions a body manages without being their legal parent (高新区 → 贤台乡), in code order.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The managed divisions; empty when none.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public IReadOnlyList<Division> ManagedBy(DivisionCode code) =>
        _managed.TryGetValue(IndexOf(code), out var managed) ? Array.AsReadOnly(managed) : NoDivisions;

    /// <summary>The depth of a division: 0 for a province, 1 for a prefecture city, and so on.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The number of its proper ancestors.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public int Depth(DivisionCode code) => _depth[IndexOf(code)];

    /// <summary>The proper ancestors of a division, nearest first, by legal parent.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The ancestors (empty for a province).</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public AncestorCollection Ancestors(DivisionCode code) => new(this, IndexOf(code));

    /// <summary>The legal children of a division, in code order.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The children.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public ChildCollection Children(DivisionCode code) => new(this, IndexOf(code));

    /// <summary>The proper descendants of a division, in pre-order.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The descendants (empty for a village).</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public DivisionSlice Descendants(DivisionCode code)
    {
        var i = IndexOf(code);
        return new DivisionSlice(_divisions, i + 1, _end[i] - i - 1);
    }

    /// <summary>A division and its descendants, in pre-order.</summary>
    /// <param name="code">A code of the hierarchy.</param>
    /// <returns>The subtree, the division first.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public DivisionSlice Subtree(DivisionCode code)
    {
        var i = IndexOf(code);
        return new DivisionSlice(_divisions, i, _end[i] - i);
    }

    /// <summary>
    /// Whether <paramref name="code"/> lies within <paramref name="ancestor"/> by legal parents: it is the ancestor or
    /// one of its descendants. Reflexive, antisymmetric and transitive (a partial order). O(1).
    /// </summary>
    /// <param name="code">The possible descendant.</param>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <returns>Whether it lies within; <see langword="false"/> when either code is not in the hierarchy.</returns>
    public bool IsWithin(DivisionCode code, DivisionCode ancestor)
    {
        var a = _index.Find(ancestor);
        if (a < 0)
        {
            return false;
        }

        var c = _index.Find(code);
        return c >= a && c < _end[a];
    }

    /// <summary>The lowest common ancestor of two divisions (a division is its own ancestor here).</summary>
    /// <param name="a">A code of the hierarchy.</param>
    /// <param name="b">Another code of the hierarchy.</param>
    /// <returns>The deepest division both lie within, or <see langword="null"/> when they are in different provinces.</returns>
    /// <exception cref="ArgumentException">A code is not in the hierarchy.</exception>
    public Division? LowestCommonAncestor(DivisionCode a, DivisionCode b)
    {
        var i = IndexOf(a);
        var j = IndexOf(b, nameof(b));
        if (i > j)
        {
            (i, j) = (j, i);
        }

        // i precedes j in pre-order: climb from i until its subtree holds j.
        while (i >= 0 && j >= _end[i])
        {
            i = _parent[i];
        }

        return i < 0 ? null : _divisions[i];
    }

    /// <summary>How many divisions of a kind the hierarchy holds.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public int CountOf(DivisionKind kind)
    {
        Guard.Against.EnumOutOfRange(kind);
        return _kindCounts[(int)kind];
    }

    /// <summary>How many divisions of each kind the hierarchy holds; kinds it lacks are left out.</summary>
    /// <returns>The counts by kind, in kind order.</returns>
    public IReadOnlyDictionary<DivisionKind, int> CountsByKind()
    {
        var counts = new SortedDictionary<DivisionKind, int>();
        foreach (var kind in DivisionKinds.All)
        {
            if (_kindCounts[(int)kind] > 0)
            {
                counts[kind] = _kindCounts[(int)kind];
            }
        }

        return new ReadOnlyDictionary<DivisionKind, int>(counts);
    }

    /// <summary>How many divisions of each kind lie within a division (itself included); kinds absent are left out.</summary>
    /// <param name="within">A code of the hierarchy.</param>
    /// <returns>The counts by kind, in kind order.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public IReadOnlyDictionary<DivisionKind, int> CountsByKind(DivisionCode within)
    {
        var counts = new SortedDictionary<DivisionKind, int>();
        foreach (var d in Subtree(within))
        {
            counts[d.Kind] = counts.GetValueOrDefault(d.Kind) + 1;
        }

        return new ReadOnlyDictionary<DivisionKind, int>(counts);
    }

    /// <summary>
    /// The township-level units (乡级: 乡, 民族乡, 镇, 街道, 办事处) that legally belong to a county-level division,
    /// in code order, including those a functional zone manages (贤台乡 stays a unit of 满城区).
    /// </summary>
    /// <param name="county">A code of the hierarchy, normally a district, county or county-level city.</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentException">The code is not in the hierarchy.</exception>
    public IReadOnlyList<Division> TownshipLevelUnits(DivisionCode county)
    {
        var units = new List<Division>();
        foreach (var child in Children(county))
        {
            if (child.Kind.IsTownshipLevel())
            {
                units.Add(child);
            }
        }

        return units.AsReadOnly();
    }

    internal Division At(int index) => _divisions[index];

    internal int ParentAt(int index) => _parent[index];

    internal int EndAt(int index) => _end[index];

    internal int DepthAt(int index) => _depth[index];

    // The pre-order index of a code, or -1 when it is not in the hierarchy.
    internal int FindIndex(DivisionCode code) => _index.Find(code);

    // The pre-order index of a division's legal parent, or -1 for a root.
    internal int ParentIndexAt(int index) => _parent[index];

    internal int IndexOf(DivisionCode code, string parameterName = "code")
    {
        var i = _index.Find(code);
        return i >= 0 ? i : throw new ArgumentException($"Division {code} is not in the hierarchy.", parameterName);
    }
}
