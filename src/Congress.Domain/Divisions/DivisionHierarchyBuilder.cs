using Ardalis.GuardClauses;
using Congress.Domain.Rules;

namespace Congress.Domain.Divisions;

/// <summary>
/// Collects divisions in any order and builds a <see cref="DivisionHierarchy"/>, checking <see cref="DivisionRules"/>.
/// The result does not depend on the insertion order; the same division added twice counts once.
/// </summary>
/// <remarks>Not thread-safe (a builder is a mutable accumulator); the hierarchy it builds is immutable.</remarks>
public sealed class DivisionHierarchyBuilder
{
    private readonly List<Division> _divisions = [];

    /// <summary>The number of divisions added so far.</summary>
    public int Count => _divisions.Count;

    /// <summary>Adds a division.</summary>
    /// <param name="division">The division.</param>
    /// <returns>This builder.</returns>
    public DivisionHierarchyBuilder Add(Division division)
    {
        Guard.Against.Null(division);
        _divisions.Add(division);
        return this;
    }

    /// <summary>Adds divisions.</summary>
    /// <param name="divisions">The divisions, in any order.</param>
    /// <returns>This builder.</returns>
    public DivisionHierarchyBuilder AddRange(IEnumerable<Division> divisions)
    {
        Guard.Against.Null(divisions);
        foreach (var d in divisions)
        {
            Add(d);
        }

        return this;
    }

    /// <summary>Checks the rules and builds the hierarchy. Never throws for rule violations: they are returned.</summary>
    /// <returns>The hierarchy, or the violations (ordered by subject and code) when any rule is broken.</returns>
    public DivisionHierarchyBuildResult Build()
    {
        var sorted = _divisions.ToArray();
        var keys = new long[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = sorted[i].Code.TwelveDigits();
        }

        // Sort by the numeric code, then break ties between equal codes by value, so insertion order never matters.
        Array.Sort(keys, sorted);
        for (var i = 0; i < sorted.Length;)
        {
            var j = i + 1;
            while (j < sorted.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(sorted, i, j - i, Comparer<Division>.Create(CompareDivisions));
            }

            i = j;
        }

        var distinct = new List<Division>(sorted.Length);
        var violations = new List<RuleViolation>();
        foreach (var d in sorted)
        {
            if (distinct.Count > 0 && distinct[^1].Code == d.Code)
            {
                if (!distinct[^1].Equals(d))
                {
                    violations.Add(DivisionRules.DuplicateCode.Violation(d.Code.ToString(), d.Code, distinct[^1], d));
                }

                continue;
            }

            distinct.Add(d);
        }

        var divisions = distinct.ToArray();
        var index = new CodeIndex(divisions);
        var n = divisions.Length;
        var parent = new int[n];
        var managedBy = new int[n];
        for (var i = 0; i < n; i++)
        {
            var d = divisions[i];
            var subject = d.Code.ToString();
            violations.AddRange(DivisionRules.CheckAlone(d));
            parent[i] = index.Find(d.LegalParent);
            if (!d.LegalParent.IsNone)
            {
                if (parent[i] < 0)
                {
                    violations.Add(DivisionRules.UnknownParent.Violation(subject, d, d.LegalParent));
                }
                else
                {
                    var expected = NearestAncestorByDigits(d.Code, index);
                    if (expected != d.LegalParent)
                    {
                        violations.Add(DivisionRules.ParentDisagreesWithCode.Violation(subject, d, d.LegalParent, expected.IsNone ? "-" : expected.ToString()));
                    }
                }
            }

            managedBy[i] = index.Find(d.ManagedBy);
            if (!d.ManagedBy.IsNone && managedBy[i] < 0)
            {
                violations.Add(DivisionRules.UnknownManagingBody.Violation(subject, d, d.ManagedBy));
            }
        }

        if (violations.Count > 0)
        {
            violations.Sort((a, b) =>
            {
                var bySubject = string.CompareOrdinal(a.Subject, b.Subject);
                return bySubject != 0 ? bySubject : string.CompareOrdinal(a.Code, b.Code);
            });
            return new DivisionHierarchyBuildResult(null, violations.AsReadOnly());
        }

        return new DivisionHierarchyBuildResult(PreOrder(divisions, parent, managedBy, index), []);
    }

    // The nearest code named by the digits that the hierarchy holds: the legal parent must be that one.
    private static DivisionCode NearestAncestorByDigits(DivisionCode code, CodeIndex index)
    {
        for (var c = code.ParentByDigits; !c.IsNone; c = c.ParentByDigits)
        {
            if (index.Find(c) >= 0)
            {
                return c;
            }
        }

        return DivisionCode.None;
    }

    // Re-indexes code-sorted divisions into a depth-first pre-order with children in code order.
    private static DivisionHierarchy PreOrder(Division[] sorted, int[] parent, int[] managedBy, CodeIndex sortedIndex)
    {
        var n = sorted.Length;
        var childCount = new int[n + 1];
        foreach (var p in parent)
        {
            childCount[p + 1]++;
        }

        // Compressed child lists; slot 0 holds the roots (parent -1).
        var start = new int[n + 2];
        for (var i = 0; i <= n; i++)
        {
            start[i + 1] = start[i] + childCount[i];
        }

        var fill = (int[])start.Clone();
        var children = new int[n];
        for (var i = 0; i < n; i++)
        {
            children[fill[parent[i] + 1]++] = i;
        }

        var order = new int[n];
        var position = new int[n];
        var stack = new Stack<int>();
        var next = 0;
        for (var r = start[1] - 1; r >= start[0]; r--)
        {
            stack.Push(children[r]);
        }

        while (stack.Count > 0)
        {
            var i = stack.Pop();
            position[i] = next;
            order[next++] = i;
            for (var c = start[i + 2] - 1; c >= start[i + 1]; c--)
            {
                stack.Push(children[c]);
            }
        }

        // Codes that agree with their parents (CD-DIV-003) sort into pre-order already: keep the arrays and the index.
        var identity = true;
        for (var k = 0; k < n && identity; k++)
        {
            identity = order[k] == k;
        }

        if (identity)
        {
            return new DivisionHierarchy(sorted, parent, managedBy, sortedIndex);
        }

        var preOrder = new Division[n];
        var preParent = new int[n];
        var preManaged = new int[n];
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
            preOrder[k] = sorted[i];
            preParent[k] = parent[i] < 0 ? -1 : position[parent[i]];
            preManaged[k] = managedBy[i] < 0 ? -1 : position[managedBy[i]];
        }

        return new DivisionHierarchy(preOrder, preParent, preManaged);
    }

    private static int CompareDivisions(Division a, Division b)
    {
        var c = a.Code.CompareTo(b.Code);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Name, b.Name);
        if (c != 0)
        {
            return c;
        }

        c = a.Kind.CompareTo(b.Kind);
        if (c != 0)
        {
            return c;
        }

        c = a.LegalParent.CompareTo(b.LegalParent);
        return c != 0 ? c : a.ManagedBy.CompareTo(b.ManagedBy);
    }
}

/// <summary>The outcome of <see cref="DivisionHierarchyBuilder.Build"/>: a hierarchy, or the rule violations that prevent one.</summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class DivisionHierarchyBuildResult
{
    internal DivisionHierarchyBuildResult(DivisionHierarchy? hierarchy, IReadOnlyList<RuleViolation> violations)
    {
        Hierarchy = hierarchy;
        Violations = violations;
    }

    /// <summary>The hierarchy, or <see langword="null"/> when a rule is violated.</summary>
    public DivisionHierarchy? Hierarchy { get; }

    /// <summary>The violations, ordered by subject (the division code) and rule code; empty on success.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Whether the hierarchy was built.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Hierarchy))]
    public bool Succeeded => Hierarchy is not null;
}
