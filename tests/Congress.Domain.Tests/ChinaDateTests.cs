using NodaTime;
using NodaTime.Testing;

namespace Congress.Domain.Tests;

public sealed class ChinaDateTests
{
    [Theory]
    [InlineData(2024, 9, 29, 15, 59, 29)]
    [InlineData(2024, 9, 29, 16, 0, 30)]
    public void Today_is_the_date_in_China_standard_time(int year, int month, int day, int hour, int minute, int expectedDay) =>
        Assert.Equal(new LocalDate(2024, 9, expectedDay), ChinaDate.Today(new FakeClock(Instant.FromUtc(year, month, day, hour, minute))));

    [Fact]
    public void A_null_clock_is_refused_with_the_parameter_name() =>
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => ChinaDate.Today(null!)).ParamName);
}
