namespace Congress.Domain.Rules;

/// <summary>
/// A rule a host application adds to a <see cref="RuleSet"/> (自定义规则): its descriptor and the check it runs on
/// objects of type <typeparamref name="TSubject"/>.
/// </summary>
/// <typeparam name="TSubject">The kind of object the rule checks.</typeparam>
/// <remarks>Implementations must be thread-safe and must not throw for any subject: a failed check is a violation.</remarks>
public interface IRule<in TSubject>
{
    /// <summary>The rule's descriptor: its code (with the host's own prefix), severity and messages.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks one object.</summary>
    /// <param name="subject">The object.</param>
    /// <returns>The violations; empty when the object passes.</returns>
    IEnumerable<RuleViolation> Check(TSubject subject);
}
