using Ardalis.GuardClauses;
using Congress.Domain.Rules;

namespace Congress.Domain.Stations;

/// <summary>
/// The outcome of a change to an immutable value (变更结果): the value after the change when it was accepted, or the
/// value as it was and the rule violations that refused the change.
/// </summary>
/// <typeparam name="T">The type of the changed value.</typeparam>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class ChangeOutcome<T>
    where T : class
{
    private ChangeOutcome(T value, IReadOnlyList<RuleViolation> violations)
    {
        Value = value;
        Violations = violations;
    }

    /// <summary>The value after the change, or unchanged when the change was refused.</summary>
    public T Value { get; }

    /// <summary>Why the change was refused; empty when it was accepted.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Whether the change was accepted.</summary>
    public bool IsAccepted => Violations.Count == 0;

    /// <summary>An accepted change.</summary>
    /// <param name="value">The value after the change.</param>
    /// <returns>The outcome.</returns>
    public static ChangeOutcome<T> Accepted(T value)
    {
        Guard.Against.Null(value);
        return new ChangeOutcome<T>(value, []);
    }

    /// <summary>A refused change: the value stays as it was.</summary>
    /// <param name="unchanged">The value as it was.</param>
    /// <param name="violations">Why, at least one.</param>
    /// <returns>The outcome.</returns>
    public static ChangeOutcome<T> Refused(T unchanged, params RuleViolation[] violations)
    {
        Guard.Against.Null(unchanged);
        Guard.Against.NullOrEmpty(violations);
        return new ChangeOutcome<T>(unchanged, violations.ToArray());
    }
}
