using Congress.Domain.Congresses;
using Congress.Domain.Quotas;
using Congress.Domain.Tests.Divisions;
using NodaTime;

namespace Congress.Domain.Tests.Quotas;

public sealed class QuotaRulesTests
{
    private static readonly LocalDate Day = new(2024, 9, 30);

    [Fact]
    public void Seats_filled_beyond_the_quota_are_a_violation()
    {
        var quota = SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 420_000, Day);
        var mancheng = new CongressKey(Baoding.Mancheng, CongressLevel.County);

        Assert.Empty(QuotaRules.CheckSeatsFilled(mancheng, Day, 209, quota));
        var violation = Assert.Single(QuotaRules.CheckSeatsFilled(mancheng, Day, 225, quota));
        Assert.Equal("CD-QTA-001", violation.Code);
        Assert.Equal("130607/County has 225 deputies on 2024-09-30, more than its quota of 224", violation.Message(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_determined_total_below_the_base_is_allowed_only_under_the_floor_threshold()
    {
        var key = new CongressKey(Baoding.Mancheng, CongressLevel.County);
        var small = SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 30_000, Day);
        var large = SeatQuotaTable.ElectionLaw.Compute(QuotaLevel.County, 300_000, Day);

        Assert.Empty(QuotaRules.CheckDeterminedTotal(key, 100, small));
        Assert.Equal("CD-QTA-002", Assert.Single(QuotaRules.CheckDeterminedTotal(key, 100, large)).Code);
        Assert.Single(QuotaRules.CheckDeterminedTotal(key, 201, large));
        Assert.Empty(QuotaRules.CheckDeterminedTotal(key, 200, large));
    }
}
