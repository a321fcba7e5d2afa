using Ardalis.GuardClauses;

namespace Congress.Domain.Activities;

/// <summary>
/// A reference to a deputy home or liaison station (代表之家, 代表联络站: 家站) by the identifier the stations
/// register uses: activities and suggestions name the station they happened at or came from by it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is ordinal on the key. The default value is <see cref="IsNone"/>.</remarks>
public readonly record struct LiaisonPointRef
{
    private readonly string? _value;

    /// <summary>Creates the value.</summary>
    /// <param name="value">The key, not blank.</param>
    public LiaisonPointRef(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The key; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value, naming nothing.</summary>
    public bool IsNone => _value is null;

    /// <summary>The key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value;
}
