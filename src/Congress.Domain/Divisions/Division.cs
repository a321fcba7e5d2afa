using Ardalis.GuardClauses;

namespace Congress.Domain.Divisions;

/// <summary>
/// An administrative division (行政区划): its official code, its name, its kind, its legal parent (the division it
/// legally belongs to) and, when another body runs it, its managing body. 贤台乡 belongs to 满城区 but is managed by the
/// high-tech zone (高新区): two links, not one.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is by value (code, name, kind, parent and managing body).
/// A province or a municipality has no legal parent (<see cref="DivisionCode.None"/>); whether the parent exists and
/// agrees with the code's digits is checked when a <see cref="DivisionHierarchy"/> is built.
/// </remarks>
public sealed record Division
{
    /// <summary>Creates a division.</summary>
    /// <param name="code">The official code; not <see cref="DivisionCode.None"/>.</param>
    /// <param name="name">The official name (满城区, 贤台乡).</param>
    /// <param name="kind">The kind.</param>
    /// <param name="legalParent">The division it legally belongs to; <see cref="DivisionCode.None"/> for a province or a municipality.</param>
    /// <param name="managedBy">The body that manages it when that is not its legal parent (a functional zone); <see cref="DivisionCode.None"/> otherwise.</param>
    /// <exception cref="ArgumentException">The code is none, the name is blank, the kind is undefined, or a link points to the division itself.</exception>
    public Division(DivisionCode code, string name, DivisionKind kind, DivisionCode legalParent, DivisionCode managedBy = default)
    {
        Guard.Against.InvalidInput(code, nameof(code), c => !c.IsNone, "A division has a code.");
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.InvalidInput(legalParent, nameof(legalParent), p => p != code, "A division is not its own parent.");
        Guard.Against.InvalidInput(managedBy, nameof(managedBy), m => m != code, "A division does not manage itself.");
        Code = code;
        Name = name;
        Kind = kind;
        LegalParent = legalParent;
        ManagedBy = managedBy;
    }

    /// <summary>The official code (行政区划代码).</summary>
    public DivisionCode Code { get; }

    /// <summary>The official name.</summary>
    public string Name { get; }

    /// <summary>The kind.</summary>
    public DivisionKind Kind { get; }

    /// <summary>The division it legally belongs to (隶属); <see cref="DivisionCode.None"/> for a province or a municipality.</summary>
    public DivisionCode LegalParent { get; }

    /// <summary>The body that manages it (托管, 代管) when that differs from the legal parent; <see cref="DivisionCode.None"/> otherwise.</summary>
    public DivisionCode ManagedBy { get; }

    /// <summary>Whether the division legally has a people's congress.</summary>
    public bool HasCongress => Kind.HasCongress();

    /// <summary>The code, the name and the kind, for logs: <c>130607 满城区 (市辖区)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Name} ({Kind.ChineseName()})";
}
