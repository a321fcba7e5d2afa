using Ardalis.GuardClauses;

namespace Congress.Domain.Deputies;

/// <summary>
/// The identity of a person who is or was a deputy (人大代表): a stable, opaque key chosen by the registering system.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is ordinal. The default value is no identity.</remarks>
public readonly struct DeputyId : IEquatable<DeputyId>, IComparable<DeputyId>
{
    private readonly string? _value;

    /// <summary>Creates an identity.</summary>
    /// <param name="value">The key, not blank.</param>
    public DeputyId(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The key; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(DeputyId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeputyId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(DeputyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two identities.</summary>
    /// <param name="left">One identity.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DeputyId left, DeputyId right) => left.Equals(right);

    /// <summary>Compares two identities.</summary>
    /// <param name="left">One identity.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DeputyId left, DeputyId right) => !left.Equals(right);
}
