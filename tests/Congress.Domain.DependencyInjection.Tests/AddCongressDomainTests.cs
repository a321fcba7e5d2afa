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

public sealed class CongressDomainOptionsTests
{
    [Fact]
    public void Invalid_options_fail_at_start_up_with_every_problem_named()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<CongressDomainOptionsException>(() => services.AddCongressDomain(b => b.Configure(o =>
        {
            o.Culture = "fr-FR";
            o.MaxDegreeOfParallelism = 0;
        })));

        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("Culture 'fr-FR'", ex.Message);
        Assert.Contains("MaxDegreeOfParallelism is 0", ex.Message);
        Assert.Empty(services);
    }

    [Fact]
    public void The_configured_rule_set_is_the_resolved_singleton()
    {
        var set = Congress.Domain.Rules.RuleSet.Create("满城区");
        using var provider = new ServiceCollection()
            .AddCongressDomain(b => b.Configure(o => o.RuleSet = set))
            .BuildServiceProvider();

        Assert.Same(set, provider.GetRequiredService<Congress.Domain.Rules.RuleSet>());
        Assert.Same(provider.GetRequiredService<CongressDomainOptions>(), provider.GetRequiredService<CongressDomainOptions>());
    }
}

public sealed class RegisteredServicesTests
{
    [Fact]
    public void Resolving_twice_gives_the_same_singletons()
    {
        using var provider = new ServiceCollection().AddCongressDomain().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<Congress.Domain.Reporting.Writing.ReportWriter>(), provider.GetRequiredService<Congress.Domain.Reporting.Writing.ReportWriter>());
        Assert.Same(Congress.Domain.Reporting.Reading.FigureReader.Default, provider.GetRequiredService<Congress.Domain.Reporting.Reading.FigureReader>());
        Assert.Same(Congress.Domain.Quotas.SeatQuotaTable.ElectionLaw, provider.GetRequiredService<Congress.Domain.Quotas.SeatQuotaTable>());
    }

    [Fact]
    public void A_hosts_own_writer_wins()
    {
        var own = new Congress.Domain.Reporting.Writing.ReportWriter(new Congress.Domain.Reporting.Writing.ReportStyle { IncludeYear = true });
        var services = new ServiceCollection();
        services.AddSingleton(own);

        using var provider = services.AddCongressDomain().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<Congress.Domain.Reporting.Writing.ReportWriter>());
    }

    [Fact]
    public void The_resolved_reader_reads_what_the_resolved_writer_writes()
    {
        using var provider = new ServiceCollection().AddCongressDomain().BuildServiceProvider();
        var writer = provider.GetRequiredService<Congress.Domain.Reporting.Writing.ReportWriter>();
        var reader = provider.GetRequiredService<Congress.Domain.Reporting.Reading.FigureReader>();
        var figure = Congress.Domain.Figures.Quantity.MoreThan(810, Congress.Domain.Figures.Unit.PersonVisits);

        var text = "累计接待选民" + writer.FormatFigure(figure);

        Assert.Equal(figure, Assert.Single(reader.Read(text)).Quantity);
    }
}

public sealed class DatasetValidatorTests
{
    [Fact]
    public void The_validator_uses_the_configured_rule_set_and_the_hosts_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 9, 29, 16, 30)); // 2024-09-30 00:30 in China
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        using var provider = services
            .AddCongressDomain(b => b.Configure(o => o.RuleSet = Congress.Domain.Rules.RuleSet.Default.Disable("CD-STD-001")))
            .BuildServiceProvider();
        var validator = provider.GetRequiredService<DatasetValidator>();
        var baoding = Congress.Domain.Interchange.BaodingDataset.Load();

        var validation = validator.Validate(baoding);

        Assert.Same(validator, provider.GetRequiredService<DatasetValidator>());
        Assert.Equal(new LocalDate(2024, 9, 30), validation.AsOf);
        Assert.DoesNotContain(validation.Violations, v => v.Code == "CD-STD-001");
        Assert.Contains(Congress.Domain.Interchange.Domain.DatasetRules.Validate(baoding, new LocalDate(2024, 9, 30)).Violations, v => v.Code == "CD-STD-001");
    }
}
