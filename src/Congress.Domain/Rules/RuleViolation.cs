using System.Globalization;

namespace Congress.Domain.Rules;

/// <summary>
/// One violation of a rule (违规) by one object: the rule, the identity of the object and the values that fill the
/// rule's message. A violation is a value; validation returns them and never throws them.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by rule, subject and arguments.</remarks>
public sealed class RuleViolation : IEquatable<RuleViolation>
{
    private readonly string[] _arguments;

    internal RuleViolation(RuleDescriptor rule, string subject, string[] arguments)
    {
        Rule = rule;
        Subject = subject;
        _arguments = arguments;
    }

    /// <summary>The rule that was violated.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The stable code of the rule.</summary>
    public string Code => Rule.Code;

    /// <summary>The severity of the rule.</summary>
    public RuleSeverity Severity => Rule.Severity;

    /// <summary>The identity of the object concerned.</summary>
    public string Subject { get; }

    /// <summary>The values of the message placeholders, formatted with the invariant culture.</summary>
    public IReadOnlyList<string> Arguments => _arguments;

    /// <summary>The message in <paramref name="culture"/>: English for <c>en</c> cultures, zh-Hans otherwise (the default).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for zh-Hans.</param>
    /// <returns>The message.</returns>
    public string Message(CultureInfo? culture = null) => Rule.FormatMessage(culture, _arguments);

    /// <inheritdoc />
    public bool Equals(RuleViolation? other) =>
        other is not null && Rule.Equals(other.Rule) && Subject == other.Subject && _arguments.AsSpan().SequenceEqual(other._arguments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleViolation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule.Code, Subject, _arguments.Length);

    /// <summary>The code, subject and zh-Hans message, for logs.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Subject}: {Message()}";
}
