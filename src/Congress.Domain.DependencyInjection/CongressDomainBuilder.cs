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
    internal CongressDomainBuilder(IServiceCollection services)
    {
        Services = Guard.Against.Null(services);
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }
}
