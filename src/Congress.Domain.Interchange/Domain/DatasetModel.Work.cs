using System.Collections.Immutable;
using Congress.Domain.Activities;
using Congress.Domain.Campaigns;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rules;
using Congress.Domain.Suggestions;
using NodaTime;

namespace Congress.Domain.Interchange.Domain;

/// <content>The work of the dataset: campaigns, activities and suggestions.</content>
public sealed partial class DatasetModel
{
    private static readonly ActivityKind DirectorsMeeting = new("directors-meeting", "主任会议", "directors' meeting");

    private static readonly ActivityKind OtherActivity = new("other", "其他活动", "other activity");

    /// <summary>The campaigns (实践活动) by id, each localised campaign linked to its parent.</summary>
    public ImmutableDictionary<string, Campaign> Campaigns { get; private init; } = ImmutableDictionary<string, Campaign>.Empty;

    /// <summary>The activities (活动) with their figures.</summary>
    public ImmutableArray<Activity> Activities { get; private init; } = [];

    /// <summary>The campaign id each activity recorded under a campaign names, by activity id.</summary>
    public ImmutableDictionary<string, string> ActivityCampaigns { get; private init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The suggestions (意见建议), their histories replayed through the suggestion's own commands.</summary>
    public ImmutableArray<Suggestion> Suggestions { get; private init; } = [];

    // Parents first: a campaign is built once its parent is.
    private static ImmutableDictionary<string, Campaign> BuildCampaigns(DatasetDto dto, List<RuleViolation> violations)
    {
        var byId = new Dictionary<string, CampaignDto>(StringComparer.Ordinal);
        foreach (var c in dto.Campaigns)
        {
            byId.TryAdd(c.Id, c);
        }

        var built = new Dictionary<string, Campaign?>(StringComparer.Ordinal);
        Campaign? Get(CampaignDto c, int depth)
        {
            if (built.TryGetValue(c.Id, out var done))
            {
                return done;
            }

            built[c.Id] = null; // a cycle of parents ends here
            Campaign? parent = null;
            if (c.Parent is not null && byId.TryGetValue(c.Parent, out var parentDto) && depth < 64)
            {
                parent = Get(parentDto, depth + 1);
            }

            var campaign = BuildCampaign(c, parent, violations);
            built[c.Id] = campaign;
            return campaign;
        }

        foreach (var c in dto.Campaigns)
        {
            Get(c, 0);
        }

        return built.Where(p => p.Value is not null).ToImmutableDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    private static Campaign? BuildCampaign(CampaignDto c, Campaign? parent, List<RuleViolation> violations)
    {
        var subject = $"campaigns[{c.Id}]";
        var areas = new List<FocusArea>();
        foreach (var f in c.FocusAreas)
        {
            // A focus area names its theme through the parent's focus area (parentTheme) or, at the top, by its own code.
            CityTheme? theme = null;
            if (parent is not null && f.ParentTheme is not null && parent.TryFindFocusArea(f.ParentTheme, out var parentArea))
            {
                theme = parentArea!.Theme;
            }
            else if (!CityThemes.TryFind(f.ParentTheme ?? f.Code, out theme))
            {
                theme = null;
            }

            if (theme is null)
            {
                violations.Add(DatasetModelRules.FocusAreaHasTheme.Violation(subject, c.Name, f.Code, f.ParentTheme ?? f.Code, string.Join(", ", CityThemes.BuiltIn.Select(t => t.Code))));
                continue;
            }

            if (TryCreate(() => new FocusArea(f.Code, f.Zh, theme, f.En), $"{subject}.focusAreas[{f.Code}]", violations, out var area))
            {
                areas.Add(area);
            }
        }

        if (!DivisionCode.TryParse(c.Congress.Division, out var division) || c.Period is null)
        {
            return null; // the reader reports a bad division; a campaign without a period has no dates to check
        }

        var end = c.Period.End ?? parent?.Period.End ?? c.Period.Start.PlusYears(1).PlusDays(-1);
        return TryCreate(() => new Campaign(c.Id, c.Name, new CongressKey(division, c.Congress.Level), new DateInterval(c.Period.Start, end), areas, parent), subject, violations, out var campaign)
            ? campaign
            : null;
    }

    private static ImmutableArray<Activity> BuildActivities(DatasetDto dto, ImmutableDictionary<string, Campaign> campaigns, List<RuleViolation> violations)
    {
        var result = ImmutableArray.CreateBuilder<Activity>();
        foreach (var a in dto.Activities)
        {
            if (!DivisionCode.TryParse(a.Division, out var division))
            {
                continue;
            }

            FocusArea? area = null;
            if (a.Campaign is not null && campaigns.TryGetValue(a.Campaign, out var campaign) && a.FocusArea is not null)
            {
                campaign.TryFindFocusArea(a.FocusArea, out area);
            }

            var figures = new List<KeyValuePair<Measure, Quantity>>();
            foreach (var m in a.Measures)
            {
                if (Measures.TryFind(m.Measure, out var measure) && m.Value >= 0)
                {
                    figures.Add(new(measure!, new Quantity(m.Value, measure!.Unit, m.Qualifier)));
                }
            }

            var station = string.IsNullOrWhiteSpace(a.Station) ? default : new LiaisonPointRef(a.Station);
            if (TryCreate(() => new Activity(new ActivityId(a.Id), MapActivityKind(a.Kind), a.Date, division, figures, a.Deputies.Select(d => new DeputyId(d)), station, area, a.Title), $"activities[{a.Id}]", violations, out var activity))
            {
                result.Add(activity);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<Suggestion> BuildSuggestions(DatasetDto dto, ILookup<string, Mandate> mandates, IClock clock, List<RuleViolation> violations)
    {
        var result = ImmutableArray.CreateBuilder<Suggestion>();
        foreach (var s in dto.Suggestions)
        {
            var subject = $"suggestions[{s.Id}]";
            var deputy = new DeputyId(s.RaisedBy);
            var division = mandates[s.RaisedBy].OrderByDescending(m => m.IsActiveOn(s.Date)).ThenByDescending(m => m.Start).Select(m => m.LiaisonDivision).FirstOrDefault();
            if (division.IsNone)
            {
                violations.Add(DatasetModelRules.ItemAccepted.Violation(subject, subject, $"deputy {s.RaisedBy} holds no mandate, so the suggestion has no division"));
                continue;
            }

            try
            {
                var raised = Suggestion.Raise(new SuggestionId(s.Id), s.Text, division, SuggestionOrigin.ByDeputies([deputy]), s.Date, clock);
                violations.AddRange(raised.Violations);
                if (raised.Value is not { } suggestion)
                {
                    continue;
                }

                foreach (var step in s.History.Where(h => h.State != SuggestionStateKindDto.Raised))
                {
                    var next = step.State switch
                    {
                        SuggestionStateKindDto.Compiled => suggestion.Compile(step.Date, clock),
                        SuggestionStateKindDto.Assigned => suggestion.Assign(OrElse(step.Department, "—"), step.Deadline ?? step.Date, step.Date, clock),
                        SuggestionStateKindDto.Handled => suggestion.Handle(step.Date, clock),
                        _ => suggestion.Answer(OrElse(step.Answer, "—"), step.Date, clock),
                    };
                    violations.AddRange(next.Violations);
                    suggestion = next.Value ?? suggestion;
                }

                result.Add(suggestion);
            }
            catch (ArgumentException ex)
            {
                violations.Add(Refused(subject, ex));
            }
        }

        return result.ToImmutable();
    }

    private static ActivityKind MapActivityKind(ActivityKindDto kind) => kind switch
    {
        ActivityKindDto.DirectorsMeeting => DirectorsMeeting,
        ActivityKindDto.DeploymentMeeting => ActivityKinds.Mobilisation,
        ActivityKindDto.DispatchMeeting => ActivityKinds.DispatchMeeting,
        ActivityKindDto.Reception => ActivityKinds.ReceivingVoters,
        ActivityKindDto.Visit => ActivityKinds.VisitingDeputies,
        ActivityKindDto.Research => ActivityKinds.Research,
        ActivityKindDto.Inspection => ActivityKinds.Inspection,
        ActivityKindDto.Forum => ActivityKinds.Forum,
        ActivityKindDto.Supervision => ActivityKinds.Supervision,
        ActivityKindDto.Investment => ActivityKinds.InvestmentTalks,
        ActivityKindDto.Funding => ActivityKinds.StationBuilding,
        ActivityKindDto.StationActivity => ActivityKinds.StationActivity,
        ActivityKindDto.Suggestions => ActivityKinds.RaisingSuggestions,
        _ => OtherActivity,
    };

    /// <summary>A clock that always says noon of one day in China (the judging date of a validation).</summary>
    internal sealed class DateClock(LocalDate date) : IClock
    {
        private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

        /// <summary>A day after every date a dataset holds: replaying history against it reports nothing in the future.</summary>
        public static DateClock EndOfTime { get; } = new(new LocalDate(9999, 12, 30));

        public Instant GetCurrentInstant() => date.At(new LocalTime(12, 0)).InZoneLeniently(China).ToInstant();
    }
}
