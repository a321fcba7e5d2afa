using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Domain.DependencyInjection;

/// <summary>
/// Configures Congress.Domain in a host's service collection; handed to the callback of
/// <see cref="CongressDomainServiceCollectionExtensions.AddCongressDomain"/>.
/// </summary>
/// <remarks>Not thread-safe: use it only inside the configuration callback.</remarks>
public sealed class CongressDomainBuilder
{
    internal CongressDomainBuilder(IServiceCollection services, CongressDomainOptions options)
    {
        Services = Guard.Against.Null(services);
        Options = Guard.Against.Null(options);
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    internal CongressDomainOptions Options { get; }

    /// <summary>Changes the options; they are validated when AddCongressDomain returns.</summary>
    /// <param name="configure">The callback that sets them.</param>
    /// <returns>This builder.</returns>
    public CongressDomainBuilder Configure(Action<CongressDomainOptions> configure)
    {
        Guard.Against.Null(configure);
        configure(Options);
        return this;
    }
}
