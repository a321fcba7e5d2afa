using System.Collections.Frozen;
using Ardalis.GuardClauses;

namespace Congress.Domain.Figures;

/// <summary>
/// The built-in catalogue of measures: every figure of the Baoding reports (DOMAIN.md's table) has a home here.
/// </summary>
/// <remarks>Thread-safe. The catalogue only grows between versions; codes never change meaning.</remarks>
public static class Measures
{
    /// <summary>接待选民: voters received at homes and stations, in 人次 (清苑 810余人次).</summary>
    public static readonly Measure VotersReceived = new("voters-received", "接待选民", "voters received", Unit.PersonVisits);

    /// <summary>走访代表: deputies visited, in 人次 (清苑 260余人次).</summary>
    public static readonly Measure DeputiesVisited = new("deputies-visited", "走访代表", "deputies visited", Unit.PersonVisits);

    /// <summary>走访群众: residents visited, in 人次 (徐水 900余人次).</summary>
    public static readonly Measure ResidentsVisited = new("residents-visited", "走访群众", "residents visited", Unit.PersonVisits);

    /// <summary>协调解决问题: problems coordinated and solved, in 个 (清苑 21个).</summary>
    public static readonly Measure ProblemsSolved = new("problems-solved", "协调解决问题", "problems solved", Unit.Things);

    /// <summary>发现问题: problems found in supervision, in 条 (徐水 19条).</summary>
    public static readonly Measure ProblemsFound = new("problems-found", "发现问题", "problems found", Unit.Items);

    /// <summary>召开调度会: dispatch meetings held, in 次 (清苑 5次).</summary>
    public static readonly Measure DispatchMeetings = new("dispatch-meetings", "召开调度会", "dispatch meetings", Unit.Times);

    /// <summary>专题调研、代表视察: research and inspections, in 次 (清苑 24次).</summary>
    public static readonly Measure ResearchAndInspections = new("research-inspections", "开展专题调研、代表视察", "research and inspections", Unit.Times);

    /// <summary>集体活动: collective activities, in 次 (清苑 130余次).</summary>
    public static readonly Measure CollectiveActivities = new("collective-activities", "开展集体活动", "collective activities", Unit.Times);

    /// <summary>家站活动: activities organised by homes and stations, in 次 (徐水 60余次).</summary>
    public static readonly Measure StationActivities = new("station-activities", "组织开展活动", "home and station activities", Unit.Times);

    /// <summary>提出意见建议: suggestions raised, in 条 (清苑 90余条).</summary>
    public static readonly Measure Suggestions = new("suggestions", "提出意见建议", "suggestions raised", Unit.Items);

    /// <summary>洽谈引进项目: investment projects negotiated, in 个 (徐水 4个).</summary>
    public static readonly Measure InvestmentProjects = new("investment-projects", "洽谈引进项目", "investment projects negotiated", Unit.Things);

    /// <summary>总投资: total investment of those projects, in 元 (徐水 7.59亿元).</summary>
    public static readonly Measure InvestmentAmount = new("investment-amount", "总投资", "total investment", Unit.Yuan);

    /// <summary>收集招商引资信息: investment leads collected, in 条 (徐水 19条).</summary>
    public static readonly Measure InvestmentLeads = new("investment-leads", "收集招商引资信息", "investment leads collected", Unit.Items);

    /// <summary>召开座谈会: forums held, in 次 (徐水 4次).</summary>
    public static readonly Measure Forums = new("forums", "召开座谈会", "forums held", Unit.Times);

    /// <summary>听取汇报: department reports heard, in 次 (徐水 4次).</summary>
    public static readonly Measure ReportsHeard = new("reports-heard", "听取相关部门汇报", "department reports heard", Unit.Times);

    /// <summary>实地检查点位: sites inspected, in 个 (徐水 9个).</summary>
    public static readonly Measure SitesInspected = new("sites-inspected", "实地检查点位", "sites inspected", Unit.Things);

    /// <summary>投入资金: money put into homes and stations, in 元 (满城 10万余元).</summary>
    public static readonly Measure FundsInvested = new("funds-invested", "投入资金", "funds invested", Unit.Yuan);

    private static readonly Lazy<(IReadOnlyList<Measure> All, FrozenDictionary<string, Measure> ByCode)> Catalogue = new(() =>
    {
        var all = typeof(Measures).GetFields()
            .Where(f => f.IsStatic && f.IsInitOnly && f.FieldType == typeof(Measure))
            .Select(f => (Measure)f.GetValue(null)!)
            .ToList();
        return (all, all.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal));
    });

    /// <summary>Every built-in measure, in declaration order.</summary>
    public static IReadOnlyList<Measure> BuiltIn => Catalogue.Value.All;

    /// <summary>Finds a built-in measure by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Measure? measure)
    {
        Guard.Against.Null(code);
        return Catalogue.Value.ByCode.TryGetValue(code, out measure);
    }
}
