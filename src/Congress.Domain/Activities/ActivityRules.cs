using Ardalis.GuardClauses;
using Congress.Domain.Campaigns;
using Congress.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Congress.Domain.Activities;

/// <summary>
/// The rules of activity records (CD-ACT): an activity is not dated in the future, serves a focus area of the campaign
/// it is recorded under, falls within its period and its division, and says who did it.
/// </summary>
/// <remarks>Thread-safe. Checking returns violations and never throws for a well-formed activity.</remarks>
public static class ActivityRules
{
    private const string Source = "实践活动方案; 代表家站活动记录（有档案）";

    /// <summary>CD-ACT-001: the activity is dated after today.</summary>
    public static readonly RuleDescriptor DatedInFuture = new(
        "CD-ACT-001", RuleSeverity.Error,
        "活动日期{0}晚于今天{1}",
        "The activity is dated {0}, after today {1}",
        "An activity record is not dated in the future.", Source);

    /// <summary>CD-ACT-002: the focus area is not one of the campaign's.</summary>
    public static readonly RuleDescriptor FocusAreaNotInCampaign = new(
        "CD-ACT-002", RuleSeverity.Error,
        "工作重点{0}不属于实践活动“{1}”",
        "Focus area {0} is not one of campaign '{1}'",
        "An activity recorded under a campaign serves one of that campaign's focus areas.", Source);

    /// <summary>CD-ACT-003: the activity is dated outside the campaign's period.</summary>
    public static readonly RuleDescriptor OutsideCampaignPeriod = new(
        "CD-ACT-003", RuleSeverity.Warning,
        "活动日期{0}不在实践活动期间{1}之内",
        "The activity on {0} is outside the campaign's period {1}",
        "An activity recorded under a campaign falls within the campaign's period.", Source);

    /// <summary>CD-ACT-004: the activity happened outside the campaign's division.</summary>
    public static readonly RuleDescriptor OutsideCampaignDivision = new(
        "CD-ACT-004", RuleSeverity.Error,
        "活动所在行政区划{0}不在实践活动所属行政区划{1}之内",
        "The activity's division {0} is not within the campaign's division {1}",
        "An activity recorded under a campaign happened within the campaign's division.", Source);

    /// <summary>CD-ACT-005: the activity names neither deputies nor a station.</summary>
    public static readonly RuleDescriptor NoActor = new(
        "CD-ACT-005", RuleSeverity.Warning,
        "活动既未记录参加的代表，也未记录所在家站",
        "The activity names neither deputies nor a home or station",
        "An activity record says who did it: deputies or a home or station.", Source);

    /// <summary>CD-ACT-006: the activity has no figures.</summary>
    public static readonly RuleDescriptor NoFigures = new(
        "CD-ACT-006", RuleSeverity.Info,
        "活动没有任何统计数字",
        "The activity has no figures",
        "An activity record carries at least one figure to count in reports.", Source);

    /// <summary>Checks an activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="clock">The clock that says what today is (China Standard Time).</param>
    /// <param name="campaign">The campaign it is recorded under, if any.</param>
    /// <returns>The violations, subject = the activity's id; empty when it is valid.</returns>
    public static IReadOnlyList<RuleViolation> Check(Activity activity, IClock clock, Campaign? campaign = null)
    {
        Guard.Against.Null(activity);
        Guard.Against.Null(clock);
        var violations = new List<RuleViolation>();
        var subject = activity.Id.Value;
        var iso = LocalDatePattern.Iso;
        var today = ChinaDate.Today(clock);
        if (activity.Date > today)
        {
            violations.Add(DatedInFuture.Violation(subject, iso.Format(activity.Date), iso.Format(today)));
        }

        if (campaign is not null)
        {
            if (activity.FocusArea is { } area && !campaign.FocusAreas.Contains(area))
            {
                violations.Add(FocusAreaNotInCampaign.Violation(subject, area.Code, campaign.Code));
            }

            if (!campaign.Period.Contains(activity.Date))
            {
                violations.Add(OutsideCampaignPeriod.Violation(subject, iso.Format(activity.Date), iso.Format(campaign.Period.Start) + "/" + iso.Format(campaign.Period.End)));
            }

            if (!campaign.Congress.Division.IsNone && !activity.Division.IsWithinByDigits(campaign.Congress.Division))
            {
                violations.Add(OutsideCampaignDivision.Violation(subject, activity.Division, campaign.Congress.Division));
            }
        }

        if (activity.Deputies.Count == 0 && activity.Station.IsNone)
        {
            violations.Add(NoActor.Violation(subject));
        }

        if (activity.Measures.Count == 0)
        {
            violations.Add(NoFigures.Violation(subject));
        }

        return violations;
    }
}
