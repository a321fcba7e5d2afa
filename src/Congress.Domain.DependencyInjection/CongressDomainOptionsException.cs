namespace Congress.Domain.DependencyInjection;

/// <summary>Thrown at start-up by AddCongressDomain when the options are invalid; the message lists every problem.</summary>
public sealed class CongressDomainOptionsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found.</param>
    public CongressDomainOptionsException(IReadOnlyList<string> problems)
        : base("Invalid Congress.Domain options: " + string.Join(" ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
