using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Congress.Domain.DependencyInjection.Tests;

public sealed class AddCongressDomainTests
{
    [Fact]
    public void Registers_the_system_clock_as_a_singleton()
    {
        using var provider = new ServiceCollection().AddCongressDomain().BuildServiceProvider();

        var clock = provider.GetRequiredService<IClock>();

        Assert.Same(SystemClock.Instance, clock);
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void A_hosts_own_clock_wins()
    {
        var fake = new FakeClock(Instant.FromUtc(2024, 9, 30, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(fake);

        using var provider = services.AddCongressDomain().BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Calling_it_twice_registers_nothing_twice()
    {
        var services = new ServiceCollection().AddCongressDomain().AddCongressDomain();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void Null_services_are_refused_with_the_parameter_name()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => CongressDomainServiceCollectionExtensions.AddCongressDomain(null!));
        Assert.Equal("services", ex.ParamName);
    }
}
