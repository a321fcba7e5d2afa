using NodaTime;

namespace Congress.Domain.Suggestions;

/// <summary>
/// One dated step of a suggestion's life cycle (办理过程): the state it entered, when, and what came with it (the
/// department and deadline of an assignment, the reason of a return, the text of an answer, the rating).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record SuggestionStep
{
    internal SuggestionStep(SuggestionState state, LocalDate on, string? department = null, LocalDate? deadline = null, string? text = null, Satisfaction? satisfaction = null)
    {
        State = state;
        On = on;
        Department = department;
        Deadline = deadline;
        Text = text;
        Satisfaction = satisfaction;
    }

    /// <summary>The state entered.</summary>
    public SuggestionState State { get; }

    /// <summary>When.</summary>
    public LocalDate On { get; }

    /// <summary>The department assigned to, or that returned it.</summary>
    public string? Department { get; }

    /// <summary>The deadline of an assignment (限时).</summary>
    public LocalDate? Deadline { get; }

    /// <summary>The reason of a return, the text of an answer, or the content when raised.</summary>
    public string? Text { get; }

    /// <summary>The rating, for the rating step.</summary>
    public Satisfaction? Satisfaction { get; }
}
