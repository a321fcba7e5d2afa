using System.Diagnostics.CodeAnalysis;
using Congress.Domain.Rules;

namespace Congress.Domain.Suggestions;

/// <summary>
/// The result of a command on a suggestion or a problem: the new value when accepted, or the violations that rejected
/// it together with the value as it was (unchanged).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, IReadOnlyList<RuleViolation> violations)
    {
        Value = value;
        Violations = violations;
    }

    /// <summary>
    /// The new value when accepted; when rejected, the value the command was given, unchanged (the same instance), or
    /// <see langword="null"/> when the command creates a value (raising a suggestion, recording a problem).
    /// </summary>
    public T? Value { get; }

    /// <summary>Why the command was rejected; empty when accepted.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Whether the command was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsAccepted => Violations.Count == 0 && Value is not null;

    internal static Outcome<T> Accepted(T value) => new(value, []);

    internal static Outcome<T> Rejected(T? unchanged, IReadOnlyList<RuleViolation> violations) => new(unchanged, violations);
}
