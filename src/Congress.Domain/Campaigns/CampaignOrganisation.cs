using System.Globalization;
using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using NodaTime;

namespace Congress.Domain.Campaigns;

/// <summary>
/// How a campaign is organised (工作机制): 满城's "1+4+4" (a leading group, four work teams, four guidance groups
/// linked to townships), 清苑's "1+1+4" plans with monthly dispatch meetings and 主任包联, 徐水's tiered responsibility.
/// </summary>
/// <remarks>Immutable and thread-safe; the <c>With</c> methods return new values. Equality is reference equality.</remarks>
public sealed class CampaignOrganisation
{
    /// <summary>An organisation with nothing in it.</summary>
    public static CampaignOrganisation Empty { get; } = new();

    /// <summary>Creates an organisation.</summary>
    /// <param name="leadingGroup">The leading group (领导小组), if any.</param>
    /// <param name="workTeams">The work teams (工作专班).</param>
    /// <param name="guidanceGroups">The guidance groups (指导组).</param>
    /// <param name="plans">The plans (方案, 计划).</param>
    /// <param name="liaisons">Who answers for which townships (主任包联).</param>
    /// <param name="dispatch">The schedule of dispatch meetings (调度会), if any.</param>
    /// <param name="keyMeetings">Dated meetings of the campaign (主任会议, 部署会议).</param>
    /// <param name="mechanisms">Other working mechanisms, as the report words them (分层负责制).</param>
    public CampaignOrganisation(
        LeadingGroup? leadingGroup = null,
        IEnumerable<WorkTeam>? workTeams = null,
        IEnumerable<GuidanceGroup>? guidanceGroups = null,
        IEnumerable<CampaignPlan>? plans = null,
        IEnumerable<DirectorLiaison>? liaisons = null,
        DispatchSchedule? dispatch = null,
        IEnumerable<CampaignMeeting>? keyMeetings = null,
        IEnumerable<string>? mechanisms = null)
    {
        LeadingGroup = leadingGroup;
        WorkTeams = NoNulls(workTeams, nameof(workTeams));
        GuidanceGroups = NoNulls(guidanceGroups, nameof(guidanceGroups));
        Plans = NoNulls(plans, nameof(plans));
        Liaisons = NoNulls(liaisons, nameof(liaisons));
        Dispatch = dispatch;
        KeyMeetings = NoNulls(keyMeetings, nameof(keyMeetings));
        var m = NoNulls(mechanisms, nameof(mechanisms));
        Guard.Against.InvalidInput(m, nameof(mechanisms), x => x.All(s => !string.IsNullOrWhiteSpace(s)), "A mechanism is not blank.");
        Mechanisms = m;
    }

    /// <summary>The leading group, if any.</summary>
    public LeadingGroup? LeadingGroup { get; }

    /// <summary>The work teams.</summary>
    public IReadOnlyList<WorkTeam> WorkTeams { get; }

    /// <summary>The guidance groups.</summary>
    public IReadOnlyList<GuidanceGroup> GuidanceGroups { get; }

    /// <summary>The plans.</summary>
    public IReadOnlyList<CampaignPlan> Plans { get; }

    /// <summary>Who answers for which townships (主任包联).</summary>
    public IReadOnlyList<DirectorLiaison> Liaisons { get; }

    /// <summary>The schedule of dispatch meetings, if any.</summary>
    public DispatchSchedule? Dispatch { get; }

    /// <summary>Dated meetings of the campaign.</summary>
    public IReadOnlyList<CampaignMeeting> KeyMeetings { get; }

    /// <summary>Other working mechanisms, as worded.</summary>
    public IReadOnlyList<string> Mechanisms { get; }

    /// <summary>The structure formula as 满城 writes it: leading groups + work teams + guidance groups ("1+4+4").</summary>
    public string StructureFormula => Formula(LeadingGroup is null ? 0 : 1, WorkTeams.Count, GuidanceGroups.Count);

    /// <summary>The plan formula as 清苑 writes it: implementation plans + organisation plans + special work plans ("1+1+4").</summary>
    public string PlanFormula => Formula(
        Plans.Count(p => p.Kind == PlanKind.Implementation),
        Plans.Count(p => p.Kind == PlanKind.Organisation),
        Plans.Count(p => p.Kind == PlanKind.SpecialWork));

    /// <summary>The director who answers for <paramref name="township"/>, when exactly one does.</summary>
    /// <param name="township">The township's code.</param>
    /// <returns>The liaison, or <see langword="null"/> when none or several do (see CD-CMP-008).</returns>
    public DirectorLiaison? LiaisonFor(DivisionCode township)
    {
        var found = Liaisons.Where(l => l.Townships.Contains(township)).Take(2).ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    /// <summary>A copy with other guidance groups.</summary>
    /// <param name="guidanceGroups">The guidance groups.</param>
    /// <returns>The new organisation.</returns>
    public CampaignOrganisation WithGuidanceGroups(IEnumerable<GuidanceGroup> guidanceGroups) =>
        new(LeadingGroup, WorkTeams, guidanceGroups, Plans, Liaisons, Dispatch, KeyMeetings, Mechanisms);

    /// <summary>A copy with other director liaisons.</summary>
    /// <param name="liaisons">The liaisons.</param>
    /// <returns>The new organisation.</returns>
    public CampaignOrganisation WithLiaisons(IEnumerable<DirectorLiaison> liaisons) =>
        new(LeadingGroup, WorkTeams, GuidanceGroups, Plans, liaisons, Dispatch, KeyMeetings, Mechanisms);

    /// <summary>A copy with another dispatch schedule.</summary>
    /// <param name="dispatch">The schedule.</param>
    /// <returns>The new organisation.</returns>
    public CampaignOrganisation WithDispatch(DispatchSchedule dispatch)
    {
        Guard.Against.Null(dispatch);
        return new(LeadingGroup, WorkTeams, GuidanceGroups, Plans, Liaisons, dispatch, KeyMeetings, Mechanisms);
    }

    private static string Formula(params int[] parts) => string.Join('+', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    private static T[] NoNulls<T>(IEnumerable<T>? items, string parameterName)
        where T : class
    {
        var array = items?.ToArray() ?? [];
        Guard.Against.InvalidInput(array, parameterName, a => a.All(x => x is not null), "No item is null.");
        return array;
    }
}

/// <summary>A campaign's leading group (领导小组): 满城's has the director as head and the deputy directors as deputy heads.</summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
public sealed class LeadingGroup
{
    /// <summary>Creates a leading group.</summary>
    /// <param name="head">Who heads it (组长), a name or a post such as 常委会主任.</param>
    /// <param name="deputyHeads">Its deputy heads (副组长).</param>
    public LeadingGroup(string head, IEnumerable<string>? deputyHeads = null)
    {
        Guard.Against.NullOrWhiteSpace(head);
        var deputies = deputyHeads?.ToArray() ?? [];
        Guard.Against.InvalidInput(deputies, nameof(deputyHeads), d => d.All(x => !string.IsNullOrWhiteSpace(x)), "A deputy head is not blank.");
        Head = head;
        DeputyHeads = deputies;
    }

    /// <summary>Who heads it (组长).</summary>
    public string Head { get; }

    /// <summary>Its deputy heads (副组长).</summary>
    public IReadOnlyList<string> DeputyHeads { get; }
}

/// <summary>A work team (工作专班) of a campaign, possibly dedicated to one focus area.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record WorkTeam
{
    /// <summary>Creates a work team.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="focusAreaCode">The code of the focus area it works on, if it has one.</param>
    public WorkTeam(string name, string? focusAreaCode = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Name = name;
        FocusAreaCode = focusAreaCode;
    }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The code of the focus area it works on, if any.</summary>
    public string? FocusAreaCode { get; }
}

/// <summary>
/// A guidance group (指导组): members of the standing committee leadership who contact and guide some townships
/// ("由区人大常委会领导分组联系指导乡镇").
/// </summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
public sealed class GuidanceGroup
{
    /// <summary>Creates a guidance group.</summary>
    /// <param name="name">Its name (第一指导组).</param>
    /// <param name="townships">The codes of the townships it guides (nine digits).</param>
    public GuidanceGroup(string name, IEnumerable<DivisionCode>? townships = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Name = name;
        Townships = TownshipList.From(townships, nameof(townships));
    }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The townships it guides.</summary>
    public IReadOnlyList<DivisionCode> Townships { get; }

    /// <summary>A copy linked to other townships.</summary>
    /// <param name="townships">The townships.</param>
    /// <returns>The new group.</returns>
    public GuidanceGroup WithTownships(IEnumerable<DivisionCode> townships) => new(Name, townships);
}

/// <summary>
/// 主任包联: a director (主任, 副主任) of the standing committee answering for some townships' part in the campaign.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is reference equality.</remarks>
public sealed class DirectorLiaison
{
    /// <summary>Creates a liaison.</summary>
    /// <param name="director">The director, by name or post.</param>
    /// <param name="townships">The codes of the townships they answer for (nine digits).</param>
    public DirectorLiaison(string director, IEnumerable<DivisionCode> townships)
    {
        Guard.Against.NullOrWhiteSpace(director);
        Director = director;
        Townships = TownshipList.From(townships, nameof(townships));
    }

    /// <summary>The director.</summary>
    public string Director { get; }

    /// <summary>The townships they answer for.</summary>
    public IReadOnlyList<DivisionCode> Townships { get; }
}

/// <summary>What a campaign plan is (方案的种类), after 清苑's "1+1+4".</summary>
public enum PlanKind
{
    /// <summary>The implementation plan (实施方案).</summary>
    Implementation = 0,

    /// <summary>The organisational structure (组织机构).</summary>
    Organisation = 1,

    /// <summary>A special work plan (专项工作计划).</summary>
    SpecialWork = 2,
}

/// <summary>A plan of a campaign (方案, 计划).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record CampaignPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="title">Its title.</param>
    /// <param name="kind">What it is.</param>
    public CampaignPlan(string title, PlanKind kind)
    {
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.EnumOutOfRange(kind);
        Title = title;
        Kind = kind;
    }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>What it is.</summary>
    public PlanKind Kind { get; }
}

/// <summary>A dated meeting of a campaign (4月10日 主任会议, 4月16日 部署会议).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record CampaignMeeting
{
    /// <summary>Creates a meeting.</summary>
    /// <param name="date">When it met.</param>
    /// <param name="title">What it was, as worded.</param>
    public CampaignMeeting(LocalDate date, string title)
    {
        Guard.Against.NullOrWhiteSpace(title);
        Date = date;
        Title = title;
    }

    /// <summary>When it met.</summary>
    public LocalDate Date { get; }

    /// <summary>What it was.</summary>
    public string Title { get; }
}

/// <summary>Shared checks of township lists.</summary>
internal static class TownshipList
{
    public static DivisionCode[] From(IEnumerable<DivisionCode>? townships, string parameterName)
    {
        var array = townships?.ToArray() ?? [];
        Guard.Against.InvalidInput(array, parameterName, a => a.All(t => !t.IsNone), "A township code is not None.");
        return array;
    }
}
