using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Congress.Domain.Campaigns;

/// <summary>
/// The rules of campaigns (CD-CMP): a localisation's focus areas map onto its parent's themes, so district figures roll
/// up to the city; the owning congress and the period sit inside the parent's; the organisation is consistent.
/// </summary>
/// <remarks>Thread-safe. Checking returns violations and never throws for a well-formed campaign.</remarks>
public static class CampaignRules
{
    private const string Source = "保定市人大常委会“建设现代化新保定、人大代表立新功”实践活动方案及各区落实方案";

    /// <summary>CD-CMP-001: a focus area maps to a theme that no focus area of the parent campaign covers.</summary>
    public static readonly RuleDescriptor FocusAreaOutsideParentThemes = new(
        "CD-CMP-001", RuleSeverity.Error,
        "工作重点“{0}”对应的主题“{1}”不在上级实践活动“{2}”的主题之中",
        "Focus area '{0}' maps to theme '{1}', which the parent campaign '{2}' does not have",
        "Every focus area of a localised campaign maps to a theme of its parent campaign, so its figures roll up.", Source);

    /// <summary>CD-CMP-002: the parent words the focus area's theme more than once, so the mapping is ambiguous.</summary>
    public static readonly RuleDescriptor FocusAreaMapsAmbiguously = new(
        "CD-CMP-002", RuleSeverity.Error,
        "工作重点“{0}”对应的主题“{1}”在上级实践活动“{2}”中出现{3}次，对应关系不唯一",
        "Focus area '{0}' maps to theme '{1}', which the parent campaign '{2}' words {3} times: the mapping is not unique",
        "Every focus area of a localised campaign maps to exactly one focus area of its parent.", Source);

    /// <summary>CD-CMP-003: a theme of the parent has no focus area in the localisation.</summary>
    public static readonly RuleDescriptor ParentThemeNotLocalised = new(
        "CD-CMP-003", RuleSeverity.Warning,
        "上级实践活动的主题“{0}”在本活动中没有对应的工作重点",
        "The parent campaign's theme '{0}' has no focus area in this campaign",
        "A localised campaign words every theme of its parent.", Source);

    /// <summary>CD-CMP-004: the period is not within the parent campaign's period.</summary>
    public static readonly RuleDescriptor PeriodOutsideParent = new(
        "CD-CMP-004", RuleSeverity.Error,
        "活动期间{0}不在上级实践活动期间{1}之内",
        "The period {0} is not within the parent campaign's period {1}",
        "A localised campaign runs within its parent's period.", Source);

    /// <summary>CD-CMP-005: the owning congress is not a congress below the parent's, within the parent's division.</summary>
    public static readonly RuleDescriptor CongressNotBelowParent = new(
        "CD-CMP-005", RuleSeverity.Error,
        "组织本活动的人大（{0}，{1}级）不是上级实践活动所属人大（{2}，{3}级）辖区内的下级人大",
        "The owning congress ({0}, level {1}) is not a lower congress within the parent campaign's congress ({2}, level {3})",
        "A campaign localises the campaign of a congress above it, for a division within that congress's.", Source);

    /// <summary>CD-CMP-006: a guidance group or director liaison names a township outside the campaign's division.</summary>
    public static readonly RuleDescriptor TownshipOutsideCampaign = new(
        "CD-CMP-006", RuleSeverity.Error,
        "“{0}”联系的乡镇{1}不是本活动所属行政区划{2}下的乡级单位",
        "'{0}' is linked to {1}, which is not a township-level unit of the campaign's division {2}",
        "Guidance groups and director liaisons link townships of the campaign's own division.", Source);

    /// <summary>CD-CMP-007: a township is linked to more than one guidance group.</summary>
    public static readonly RuleDescriptor TownshipInSeveralGuidanceGroups = new(
        "CD-CMP-007", RuleSeverity.Warning,
        "乡镇{0}同时由{1}个指导组联系指导",
        "Township {0} is guided by {1} guidance groups",
        "Each township is guided by one guidance group (分组联系指导乡镇).", Source);

    /// <summary>CD-CMP-008: more than one director answers for a township (主任包联).</summary>
    public static readonly RuleDescriptor TownshipWithSeveralDirectors = new(
        "CD-CMP-008", RuleSeverity.Error,
        "乡镇{0}由{1}位主任同时包联",
        "Township {0} is answered for by {1} directors",
        "Under 主任包联 exactly one director answers for a township.", "清苑区人大常委会 定期调度和主任包联制度");

    /// <summary>CD-CMP-009: a dispatch meeting or key meeting is dated outside the campaign's period.</summary>
    public static readonly RuleDescriptor MeetingOutsidePeriod = new(
        "CD-CMP-009", RuleSeverity.Error,
        "{0}的日期{1}不在活动期间{2}之内",
        "{0} on {1} is outside the campaign's period {2}",
        "The campaign's meetings fall within its period.", Source);

    /// <summary>CD-CMP-010: a month of the dispatch schedule ended without a dispatch meeting.</summary>
    public static readonly RuleDescriptor DispatchMonthMissed = new(
        "CD-CMP-010", RuleSeverity.Warning,
        "{0}未召开调度会",
        "No dispatch meeting was held in {0}",
        "A monthly dispatch schedule holds a meeting in every month it covers (每月都进行调度).", "清苑区人大常委会 定期调度和主任包联制度");

    /// <summary>CD-CMP-011: a work team names a focus area the campaign does not have.</summary>
    public static readonly RuleDescriptor WorkTeamFocusAreaUnknown = new(
        "CD-CMP-011", RuleSeverity.Error,
        "工作专班“{0}”对应的工作重点{1}不属于本活动",
        "Work team '{0}' names focus area {1}, which the campaign does not have",
        "A work team works on one of its campaign's focus areas.", Source);

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>
    /// Checks a campaign: its mapping onto the parent (CD-CMP-001..005) and its organisation (CD-CMP-006..009, 011).
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The violations, subject = the campaign's code; empty when it is valid.</returns>
    public static IReadOnlyList<RuleViolation> Check(Campaign campaign)
    {
        Guard.Against.Null(campaign);
        var violations = new List<RuleViolation>();
        var subject = campaign.Code;
        if (campaign.Parent is { } parent)
        {
            foreach (var area in campaign.FocusAreas)
            {
                var matches = campaign.ParentFocusAreasOf(area).Count;
                if (matches == 0)
                {
                    violations.Add(FocusAreaOutsideParentThemes.Violation(subject, area.Code, area.Theme.Code, parent.Code));
                }
                else if (matches > 1)
                {
                    violations.Add(FocusAreaMapsAmbiguously.Violation(subject, area.Code, area.Theme.Code, parent.Code, matches));
                }
            }

            foreach (var theme in parent.Themes.Where(t => !campaign.FocusAreas.Any(f => f.Theme == t)))
            {
                violations.Add(ParentThemeNotLocalised.Violation(subject, theme.Code));
            }

            if (!Contains(parent.Period, campaign.Period))
            {
                violations.Add(PeriodOutsideParent.Violation(subject, Format(campaign.Period), Format(parent.Period)));
            }

            var (own, above) = (campaign.Congress, parent.Congress);
            if (own.Level <= above.Level || (above.Level != CongressLevel.National && !own.Division.IsWithinByDigits(above.Division)))
            {
                violations.Add(CongressNotBelowParent.Violation(subject, own.Division, (int)own.Level, above.Division, (int)above.Level));
            }
        }

        CheckOrganisation(campaign, violations);
        return violations;
    }

    /// <summary>Checks the dispatch schedule on a date: every due month that has ended had a meeting (CD-CMP-010).</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="asOf">The date it is judged on.</param>
    /// <returns>One violation per missed month; none when the campaign has no schedule.</returns>
    public static IReadOnlyList<RuleViolation> CheckDispatch(Campaign campaign, LocalDate asOf)
    {
        Guard.Against.Null(campaign);
        return campaign.Organisation.Dispatch is not { } schedule
            ? []
            : schedule.MissedMonths(asOf).Select(m => DispatchMonthMissed.Violation(campaign.Code, YearMonthPattern.Iso.Format(m))).ToArray();
    }

    private static void CheckOrganisation(Campaign campaign, List<RuleViolation> violations)
    {
        var subject = campaign.Code;
        var organisation = campaign.Organisation;
        var linked = organisation.GuidanceGroups.Select(g => (g.Name, g.Townships))
            .Concat(organisation.Liaisons.Select(l => (Name: l.Director, l.Townships)));
        foreach (var (name, townships) in linked)
        {
            foreach (var township in townships.Where(t => t.Level != CodeLevel.Township || !t.IsWithinByDigits(campaign.Congress.Division)))
            {
                violations.Add(TownshipOutsideCampaign.Violation(subject, name, township, campaign.Congress.Division));
            }
        }

        foreach (var (township, count) in Repeated(organisation.GuidanceGroups.SelectMany(g => g.Townships.Distinct())))
        {
            violations.Add(TownshipInSeveralGuidanceGroups.Violation(subject, township, count));
        }

        foreach (var (township, count) in Repeated(organisation.Liaisons.SelectMany(l => l.Townships.Distinct())))
        {
            violations.Add(TownshipWithSeveralDirectors.Violation(subject, township, count));
        }

        var meetings = organisation.KeyMeetings.Select(m => (m.Title, m.Date))
            .Concat((organisation.Dispatch?.Held ?? []).Select(d => (Title: "调度会", Date: d)));
        foreach (var (title, date) in meetings.Where(m => !campaign.Period.Contains(m.Date)))
        {
            violations.Add(MeetingOutsidePeriod.Violation(subject, title, IsoDate.Format(date), Format(campaign.Period)));
        }

        foreach (var team in organisation.WorkTeams.Where(t => t.FocusAreaCode is not null && !campaign.TryFindFocusArea(t.FocusAreaCode, out _)))
        {
            violations.Add(WorkTeamFocusAreaUnknown.Violation(subject, team.Name, team.FocusAreaCode));
        }
    }

    private static IEnumerable<(DivisionCode Township, int Count)> Repeated(IEnumerable<DivisionCode> townships) =>
        townships.GroupBy(t => t).Where(g => g.Count() > 1).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));

    private static bool Contains(DateInterval outer, DateInterval inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static string Format(DateInterval period) => IsoDate.Format(period.Start) + "/" + IsoDate.Format(period.End);
}
