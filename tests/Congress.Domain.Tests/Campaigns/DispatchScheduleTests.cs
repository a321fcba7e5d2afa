using Congress.Domain.Campaigns;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Campaigns;

public sealed class DispatchScheduleTests
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    [Property(MaxTest = 300)]
    public Property Ended_due_months_are_exactly_the_missed_ones_and_those_with_a_meeting(byte first, byte length, byte[] meetingDays, ushort asOfDay)
    {
        var firstMonth = Start.PlusMonths(first % 12).ToYearMonth();
        var schedule = new DispatchSchedule(firstMonth, firstMonth.PlusMonths(length % 12), meetingDays.Select(d => Start.PlusDays(d * 2)));
        var asOf = Start.PlusDays(asOfDay % 800);

        var ended = schedule.DueMonths.Where(m => m.OnDayOfMonth(1).PlusMonths(1) <= asOf).ToList();
        var missed = schedule.MissedMonths(asOf);
        var met = ended.Where(m => schedule.Held.Any(d => d.ToYearMonth() == m)).ToList();

        return (missed.Concat(met).Order().SequenceEqual(ended) && !missed.Intersect(met).Any()
                && schedule.HeldBy(asOf) == schedule.Held.Count(d => d <= asOf))
            .Label("ended months = missed ⊎ met");
    }

    [Property(MaxTest = 200)]
    public bool A_missed_month_stays_missed_on_every_later_date(byte[] meetingDays, ushort day, byte later)
    {
        var schedule = new DispatchSchedule(new YearMonth(2024, 1), new YearMonth(2024, 12), meetingDays.Select(d => Start.PlusDays(d)));
        var asOf = Start.PlusDays(day % 500);
        return schedule.MissedMonths(asOf).All(schedule.MissedMonths(asOf.PlusDays(later)).Contains);
    }
}
