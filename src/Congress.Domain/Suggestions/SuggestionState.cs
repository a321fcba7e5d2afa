namespace Congress.Domain.Suggestions;

/// <summary>
/// Where a suggestion (意见建议) stands in its life cycle. It moves forward only:
/// Raised → Compiled → Assigned → Handled → Answered → Rated; an assignment can be returned as misassigned (退回) and
/// assigned again (Assigned ⇄ Returned, one stage).
/// </summary>
public enum SuggestionState
{
    /// <summary>Raised by deputies or collected from voters (提出, 征集).</summary>
    Raised = 0,

    /// <summary>Compiled by the congress office (整理).</summary>
    Compiled = 1,

    /// <summary>Assigned to a department with a deadline (交办).</summary>
    Assigned = 2,

    /// <summary>Returned by the department as misassigned (退回), waiting to be assigned again.</summary>
    Returned = 3,

    /// <summary>Handled by the department (办理).</summary>
    Handled = 4,

    /// <summary>Answered to the deputy, with a text and a date (答复, 反馈).</summary>
    Answered = 5,

    /// <summary>Rated by the deputy for satisfaction (满意度测评).</summary>
    Rated = 6,
}

/// <summary>The life-cycle order of <see cref="SuggestionState"/>.</summary>
public static class SuggestionStateExtensions
{
    /// <summary>
    /// The stage of a state, the order of the life cycle: Raised 0, Compiled 1, Assigned and Returned 2, Handled 3,
    /// Answered 4, Rated 5. Every allowed move keeps the stage (a return or a reassignment) or adds one.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <returns>The stage.</returns>
    public static int Stage(this SuggestionState state) => state switch
    {
        SuggestionState.Raised => 0,
        SuggestionState.Compiled => 1,
        SuggestionState.Assigned or SuggestionState.Returned => 2,
        SuggestionState.Handled => 3,
        SuggestionState.Answered => 4,
        SuggestionState.Rated => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown suggestion state."),
    };

    /// <summary>Whether a suggestion in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="to">The state asked for.</param>
    /// <returns>Whether the move is one of the life cycle's.</returns>
    public static bool CanMoveTo(this SuggestionState from, SuggestionState to) => (from, to) switch
    {
        (SuggestionState.Raised, SuggestionState.Compiled) => true,
        (SuggestionState.Compiled, SuggestionState.Assigned) => true,
        (SuggestionState.Assigned, SuggestionState.Returned) => true,
        (SuggestionState.Returned, SuggestionState.Assigned) => true,
        (SuggestionState.Assigned, SuggestionState.Handled) => true,
        (SuggestionState.Handled, SuggestionState.Answered) => true,
        (SuggestionState.Answered, SuggestionState.Rated) => true,
        _ => false,
    };

    /// <summary>The Chinese name of a state (提出, 整理, 交办, 退回, 办理, 答复, 测评).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name.</returns>
    public static string NameZh(this SuggestionState state) => state switch
    {
        SuggestionState.Raised => "提出",
        SuggestionState.Compiled => "整理",
        SuggestionState.Assigned => "交办",
        SuggestionState.Returned => "退回",
        SuggestionState.Handled => "办理",
        SuggestionState.Answered => "答复",
        SuggestionState.Rated => "满意度测评",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown suggestion state."),
    };
}

/// <summary>A deputy's rating of how a suggestion was handled (满意度).</summary>
public enum Satisfaction
{
    /// <summary>满意: satisfied.</summary>
    Satisfied = 0,

    /// <summary>基本满意: basically satisfied.</summary>
    BasicallySatisfied = 1,

    /// <summary>不满意: dissatisfied.</summary>
    Dissatisfied = 2,
}
