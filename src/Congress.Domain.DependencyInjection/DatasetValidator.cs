using Ardalis.GuardClauses;
using Congress.Domain.Interchange;
using Congress.Domain.Interchange.Domain;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.DependencyInjection;

/// <summary>
/// Validates datasets (数据集校验) with the host's <see cref="RuleSet"/> and <see cref="IClock"/>: every violation of every
/// rule that applies, with its code, message, severity and the identity of the object. A rule failure is never an
/// exception.
/// </summary>
/// <remarks>Registered as a singleton by AddCongressDomain; immutable and thread-safe.</remarks>
public sealed class DatasetValidator
{
    private readonly RuleSet _ruleSet;
    private readonly IClock _clock;

    /// <summary>Creates the validator.</summary>
    /// <param name="ruleSet">The district's rule set.</param>
    /// <param name="clock">The clock that says what "today" is (in China Standard Time).</param>
    public DatasetValidator(RuleSet ruleSet, IClock clock)
    {
        _ruleSet = Guard.Against.Null(ruleSet);
        _clock = Guard.Against.Null(clock);
    }

    /// <summary>Validates a dataset on a date.</summary>
    /// <param name="dataset">The imported dataset.</param>
    /// <param name="asOf">The date; today in China by the clock when <see langword="null"/>.</param>
    /// <returns>The violations, sorted, with counts by severity.</returns>
    public DatasetValidation Validate(DatasetDto dataset, LocalDate? asOf = null)
    {
        Guard.Against.Null(dataset);
        return DatasetRules.Validate(dataset, asOf ?? ChinaDate.Today(_clock), _ruleSet);
    }
}
