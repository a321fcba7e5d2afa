using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Congress.Domain.Quotas;

/// <summary>The rules on seat quotas (代表名额规则).</summary>
public static class QuotaRules
{
    /// <summary>CD-QTA-001: seats filled on a date never exceed the quota.</summary>
    public static readonly RuleDescriptor SeatsWithinQuota = new(
        "CD-QTA-001",
        RuleSeverity.Error,
        "{0} 在 {1} 有代表 {2} 名，超过代表名额 {3} 名",
        "{0} has {2} deputies on {1}, more than its quota of {3}",
        "The mandates of a congress active on a date never exceed its seat quota.",
        "全国人民代表大会和地方各级人民代表大会选举法第十一条");

    /// <summary>CD-QTA-002: a determined total lies between the base (unless the population allows fewer) and the quota.</summary>
    public static readonly RuleDescriptor DeterminedTotalWithinLaw = new(
        "CD-QTA-002",
        RuleSeverity.Error,
        "{0} 确定的代表总名额 {1} 名不在 {2} 至 {3} 名之间",
        "{0}: the determined total of {1} seats is not between {2} and {3}",
        "The total a standing committee determines is at most the quota and at least the base, unless the population is below the floor threshold.",
        "全国人民代表大会和地方各级人民代表大会选举法第十一条、第十二条");

    /// <summary>Checks that the seats filled on a date do not exceed the quota (CD-QTA-001).</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="date">The date.</param>
    /// <param name="filled">The seats filled that day.</param>
    /// <param name="quota">The congress's quota.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckSeatsFilled(CongressKey congress, LocalDate date, int filled, SeatQuota quota)
    {
        Guard.Against.Negative(filled);
        Guard.Against.Null(quota);
        return filled <= quota.Seats ? [] : [SeatsWithinQuota.Violation(congress.ToString(), congress, LocalDatePattern.Iso.Format(date), filled, quota.Seats)];
    }

    /// <summary>Checks the seats a register has filled in a congress on a date against its quota (CD-QTA-001).</summary>
    /// <param name="register">The mandates.</param>
    /// <param name="congress">The congress.</param>
    /// <param name="date">The date.</param>
    /// <param name="quota">The congress's quota.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckSeatsFilled(MandateRegister register, CongressKey congress, LocalDate date, SeatQuota quota)
    {
        Guard.Against.Null(register);
        return CheckSeatsFilled(congress, date, register.SeatsFilled(congress, date), quota);
    }

    /// <summary>Checks a total determined by the standing committee against the law (CD-QTA-002).</summary>
    /// <param name="congress">The congress.</param>
    /// <param name="determined">The determined total (代表总名额).</param>
    /// <param name="quota">The quota for the congress's population.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckDeterminedTotal(CongressKey congress, int determined, SeatQuota quota)
    {
        Guard.Against.Null(quota);
        var least = quota.MayBeFewer ? 1 : Math.Min(quota.Rule.Base, quota.Seats);
        return determined >= least && determined <= quota.Seats
            ? []
            : [DeterminedTotalWithinLaw.Violation(congress.ToString(), congress, determined, least, quota.Seats)];
    }
}
