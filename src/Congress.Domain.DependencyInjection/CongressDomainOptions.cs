using System.Globalization;
using Congress.Domain.Rules;

namespace Congress.Domain.DependencyInjection;

/// <summary>
/// The options of Congress.Domain in a host (配置项). Set them in the callback of
/// <c>services.AddCongressDomain(b =&gt; b.Configure(o =&gt; ...))</c>; they are validated when AddCongressDomain
/// returns, so a wrong setting fails at start-up, not at first use.
/// </summary>
/// <remarks>Mutable only inside the configuration callback; after registration the host must treat it as read-only.</remarks>
public sealed class CongressDomainOptions
{
    /// <summary>The culture of rule messages and reports: zh-Hans (the default) or an English culture.</summary>
    public string Culture { get; set; } = "zh-Hans";

    /// <summary>The district's rule set: which rules apply, with which parameters. Defaults to <see cref="RuleSet.Default"/>.</summary>
    public RuleSet RuleSet { get; set; } = RuleSet.Default;

    /// <summary>How many cores parallel roll-ups may use; <see langword="null"/> for all of them.</summary>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>The culture as a <see cref="CultureInfo"/>.</summary>
    public CultureInfo CultureInfo => CultureInfo.GetCultureInfo(Culture);

    /// <summary>Every problem with these options, one message each; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        CultureInfo? culture = null;
        try
        {
            culture = string.IsNullOrWhiteSpace(Culture) ? null : CultureInfo.GetCultureInfo(Culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
        }

        if (culture is null || !(culture.TwoLetterISOLanguageName is "zh" or "en"))
        {
            problems.Add($"CongressDomainOptions.Culture '{Culture}' is not a Chinese or English culture (use zh-Hans or en).");
        }

        if (RuleSet is null)
        {
            problems.Add("CongressDomainOptions.RuleSet is null.");
        }

        if (MaxDegreeOfParallelism is < 1)
        {
            problems.Add($"CongressDomainOptions.MaxDegreeOfParallelism is {MaxDegreeOfParallelism}; it must be at least 1 or null.");
        }

        return problems;
    }
}
