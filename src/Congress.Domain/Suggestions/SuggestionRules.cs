using Congress.Domain.Rules;

namespace Congress.Domain.Suggestions;

/// <summary>
/// The rules of suggestions and problems (CD-SUG): a suggestion moves only forward through its life cycle, each step
/// dated no later than today and no earlier than the step before; a deadline is not before its assignment; a problem
/// names where it came from.
/// </summary>
/// <remarks>Thread-safe. The commands of <see cref="Suggestion"/> and <see cref="Problem"/> return these as violations.</remarks>
public static class SuggestionRules
{
    private const string Source = "代表建议、批评和意见办理工作规定; 各乡镇人大整理、交办、跟踪、反馈意见建议的做法";

    /// <summary>CD-SUG-001: the command is not a move of the life cycle from the current state.</summary>
    public static readonly RuleDescriptor NotAForwardStep = new(
        "CD-SUG-001", RuleSeverity.Error,
        "意见建议处于“{0}”状态，不能进入“{1}”",
        "The suggestion is {2}; it cannot move to {3}",
        "A suggestion moves only forward, one stage at a time: raised, compiled, assigned (or returned and assigned again), handled, answered, rated.", Source);

    /// <summary>CD-SUG-002: a step is dated after today.</summary>
    public static readonly RuleDescriptor DatedInFuture = new(
        "CD-SUG-002", RuleSeverity.Error,
        "{0}的日期{2}晚于今天{3}",
        "{1} is dated {2}, after today {3}",
        "No step of a suggestion or a problem is dated in the future.", Source);

    /// <summary>CD-SUG-003: a step is dated before the step before it.</summary>
    public static readonly RuleDescriptor DatedBeforePreviousStep = new(
        "CD-SUG-003", RuleSeverity.Error,
        "{0}的日期{2}早于上一步的日期{3}",
        "{1} is dated {2}, before the previous step on {3}",
        "The steps of a suggestion or a problem are dated in order.", Source);

    /// <summary>CD-SUG-004: an assignment's deadline is before the assignment.</summary>
    public static readonly RuleDescriptor DeadlineBeforeAssignment = new(
        "CD-SUG-004", RuleSeverity.Error,
        "办理期限{0}早于交办日期{1}",
        "The deadline {0} is before the assignment on {1}",
        "A deadline (限时) falls on or after the day it is set.", Source);

    /// <summary>CD-SUG-005: a returned suggestion is assigned again to the department that returned it.</summary>
    public static readonly RuleDescriptor ReassignedToReturningDepartment = new(
        "CD-SUG-005", RuleSeverity.Error,
        "意见建议已被{0}以交办不当退回，不能再次交办给该单位",
        "The suggestion was returned as misassigned by {0}; it cannot be assigned to that department again",
        "A suggestion returned as misassigned (退回) goes to another department.", Source);

    /// <summary>CD-SUG-006: a problem names neither an activity nor a suggestion it came from.</summary>
    public static readonly RuleDescriptor ProblemWithoutSource = new(
        "CD-SUG-006", RuleSeverity.Error,
        "问题未关联发现它的活动或意见建议",
        "The problem names neither the activity nor the suggestion it came from",
        "A problem found or solved is linked to the activities or suggestions it came from.", Source);

    /// <summary>CD-SUG-007: a problem is solved a second time.</summary>
    public static readonly RuleDescriptor ProblemAlreadySolved = new(
        "CD-SUG-007", RuleSeverity.Error,
        "问题已于{0}解决",
        "The problem was already solved on {0}",
        "A problem is solved once.", Source);
}
