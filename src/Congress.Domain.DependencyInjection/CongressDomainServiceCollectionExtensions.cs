using Ardalis.GuardClauses;
using Congress.Domain.DependencyInjection;
using Congress.Domain.Quotas;
using Congress.Domain.Reporting.Reading;
using Congress.Domain.Reporting.Writing;
using Congress.Domain.Rules;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

// Extension methods on IServiceCollection live in its namespace by convention, so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Congress.Domain (人大代表工作领域库) in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CongressDomainServiceCollectionExtensions
{
    /// <summary>
    /// Adds Congress.Domain's services, all singletons: the clock (<see cref="IClock"/>, the system clock), the options,
    /// the district's <see cref="RuleSet"/>, the seat-quota table of the Election Law (<see cref="SeatQuotaTable"/>), the
    /// report writer (<see cref="ReportWriter"/>), the figure reader (<see cref="FigureReader"/>) and the dataset validator
    /// (<see cref="DatasetValidator"/>, with the rule set and the clock). Every registration uses TryAdd, so services the host registered before (its own <see cref="IClock"/>, say)
    /// win, and calling it twice registers nothing twice. The options are validated before it returns.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configure">An optional callback that configures the library.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="CongressDomainOptionsException">The options set in <paramref name="configure"/> are invalid.</exception>
    public static IServiceCollection AddCongressDomain(this IServiceCollection services, Action<CongressDomainBuilder>? configure = null)
    {
        Guard.Against.Null(services);
        var options = new CongressDomainOptions();
        configure?.Invoke(new CongressDomainBuilder(services, options));
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new CongressDomainOptionsException(problems);
        }

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(options);
        services.TryAddSingleton<RuleSet>(sp => sp.GetRequiredService<CongressDomainOptions>().RuleSet);
        services.TryAddSingleton(SeatQuotaTable.ElectionLaw);
        services.TryAddSingleton(ReportWriter.Default);
        services.TryAddSingleton(FigureReader.Default);
        services.TryAddSingleton<DatasetValidator>();
        return services;
    }
}
