using Ardalis.GuardClauses;

namespace Congress.Domain.Activities;

/// <summary>
/// The identity of a recorded activity (活动记录), an opaque key chosen by the recording system; problems found
/// or solved name the activity they came from by it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is ordinal on the key. The default value is <see cref="IsNone"/>.</remarks>
public readonly record struct ActivityId
{
    private readonly string? _value;

    /// <summary>Creates the value.</summary>
    /// <param name="value">The key, not blank.</param>
    public ActivityId(string value)
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
