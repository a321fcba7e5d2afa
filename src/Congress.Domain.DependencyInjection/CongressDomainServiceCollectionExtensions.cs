using Ardalis.GuardClauses;
using Congress.Domain.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

// Extension methods on IServiceCollection live in its namespace by convention, so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Congress.Domain (人大代表工作领域库) in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CongressDomainServiceCollectionExtensions
{
    /// <summary>
    /// Adds Congress.Domain's services. Every registration uses TryAdd, so services the host registered before
    /// (its own <see cref="IClock"/>, say) win. Calling it twice registers nothing twice.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configure">An optional callback that configures the library.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddCongressDomain(this IServiceCollection services, Action<CongressDomainBuilder>? configure = null)
    {
        Guard.Against.Null(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        configure?.Invoke(new CongressDomainBuilder(services));
        return services;
    }
}
