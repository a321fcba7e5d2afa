using Ardalis.GuardClauses;
using Congress.Domain.Campaigns;

namespace Congress.Domain.Activities;

/// <summary>
/// The built-in catalogue of activity kinds. Every figure of the Baoding reports is the measure of one of these kinds
/// (see docs/campaigns.md for the table of seed figure → kind → measure).
/// </summary>
/// <remarks>Thread-safe. The catalogue only grows between versions; codes never change meaning.</remarks>
public static class ActivityKinds
{
    /// <summary>接待选民: receiving voters at a home or station (清苑 810余人次).</summary>
    public static readonly ActivityKind ReceivingVoters = new("receiving-voters", "接待选民", "receiving voters");

    /// <summary>走访代表: visiting deputies (清苑 260余人次).</summary>
    public static readonly ActivityKind VisitingDeputies = new("visiting-deputies", "走访代表", "visiting deputies");

    /// <summary>走访群众, 入户走访: visiting residents (徐水 900余人次).</summary>
    public static readonly ActivityKind VisitingResidents = new("visiting-residents", "走访群众", "visiting residents");

    /// <summary>专题调研: research on a subject (清苑 专题调研、代表视察24次).</summary>
    public static readonly ActivityKind Research = new("research", "专题调研", "research");

    /// <summary>代表视察, 实地检查: inspection of sites (徐水 实地检查政府重点点位9个).</summary>
    public static readonly ActivityKind Inspection = new("inspection", "视察、实地检查", "inspection");

    /// <summary>座谈会: a forum (徐水 4次).</summary>
    public static readonly ActivityKind Forum = new("forum", "座谈会", "forum");

    /// <summary>听取汇报: hearing a department's report on its work (徐水 4次).</summary>
    public static readonly ActivityKind HearingReport = new("hearing-report", "听取部门汇报", "hearing a department's report");

    /// <summary>调度会: a dispatch meeting of the campaign (清苑 5次).</summary>
    public static readonly ActivityKind DispatchMeeting = new("dispatch-meeting", "调度会", "dispatch meeting");

    /// <summary>洽谈引进项目: investment talks (徐水 4个 projects, 7.59亿元).</summary>
    public static readonly ActivityKind InvestmentTalks = new("investment-talks", "洽谈引进项目", "investment talks");

    /// <summary>收集招商引资信息: collecting investment leads (徐水 19条).</summary>
    public static readonly ActivityKind CollectingInvestmentLeads = new("collecting-investment-leads", "收集招商引资信息", "collecting investment leads");

    /// <summary>家站活动, 集体活动: an activity organised by a home or station (清苑 130余次, 徐水 60余次).</summary>
    public static readonly ActivityKind StationActivity = new("station-activity", "家站活动", "home or station activity");

    /// <summary>提出意见建议, 征集意见: raising or collecting suggestions (清苑 90余条; 徐水 22, 26, 70多, 50余, 19条).</summary>
    public static readonly ActivityKind RaisingSuggestions = new("raising-suggestions", "提出意见建议", "raising suggestions");

    /// <summary>查阅问题清单台账, 监督检查: supervision that finds problems (徐水 发现问题19条).</summary>
    public static readonly ActivityKind Supervision = new("supervision", "监督检查", "supervision");

    /// <summary>协调解决问题: coordinating the solution of problems (清苑 21个).</summary>
    public static readonly ActivityKind CoordinatingSolutions = new("coordinating-solutions", "协调解决问题", "coordinating solutions");

    /// <summary>动员部署会, 推进会, 现场会: a mobilisation or deployment meeting.</summary>
    public static readonly ActivityKind Mobilisation = new("mobilisation", "动员部署会", "mobilisation meeting");

    /// <summary>代表培训: training of deputies.</summary>
    public static readonly ActivityKind Training = new("training", "代表培训", "training");

    /// <summary>家站建设: building or upgrading a home or station (满城 投入资金10万余元).</summary>
    public static readonly ActivityKind StationBuilding = new("station-building", "家站建设", "building a home or station");

    /// <summary>帮扶: help for people in difficulty (打造帮扶之“家”).</summary>
    public static readonly ActivityKind Assistance = new("assistance", "帮扶", "assistance");

    private static readonly StaticCatalogue<ActivityKind> Catalogue = new(typeof(ActivityKinds), x => x.Code);

    /// <summary>Every built-in kind, in declaration order.</summary>
    public static IReadOnlyList<ActivityKind> BuiltIn => Catalogue.All;

    /// <summary>Finds a built-in kind by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActivityKind? kind)
    {
        Guard.Against.Null(code);
        return Catalogue.TryFind(code, out kind);
    }
}
