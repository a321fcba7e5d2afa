using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Suggestions;

/// <summary>
/// The answer rate (答复率) and on-time rate (按时办结率) of a set of suggestions on a date, with the counts behind
/// them: those raised by then, answered by then, answered on time, and overdue then.
/// </summary>
/// <remarks>
/// The answer rate is answered / raised; the on-time rate is answered on time / answered. Each is
/// <see langword="null"/> when its denominator is zero. Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed record SuggestionRates
{
    private SuggestionRates(LocalDate asOf, int total, int answered, int answeredOnTime, int overdue)
    {
        AsOf = asOf;
        Total = total;
        Answered = answered;
        AnsweredOnTime = answeredOnTime;
        Overdue = overdue;
    }

    /// <summary>The date the rates are taken on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The suggestions raised on or before <see cref="AsOf"/>.</summary>
    public int Total { get; }

    /// <summary>Those answered on or before <see cref="AsOf"/>.</summary>
    public int Answered { get; }

    /// <summary>Those answered on or before <see cref="AsOf"/> and no later than their deadlines.</summary>
    public int AnsweredOnTime { get; }

    /// <summary>Those overdue on <see cref="AsOf"/>.</summary>
    public int Overdue { get; }

    /// <summary>Answered / total, between 0 and 1; <see langword="null"/> when none was raised.</summary>
    public decimal? AnswerRate => Total == 0 ? null : (decimal)Answered / Total;

    /// <summary>Answered on time / answered, between 0 and 1; <see langword="null"/> when none was answered.</summary>
    public decimal? OnTimeRate => Answered == 0 ? null : (decimal)AnsweredOnTime / Answered;

    /// <summary>Takes the rates of <paramref name="suggestions"/> on <paramref name="asOf"/>.</summary>
    /// <param name="suggestions">The suggestions, any set.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The rates.</returns>
    public static SuggestionRates Of(IEnumerable<Suggestion> suggestions, LocalDate asOf)
    {
        Guard.Against.Null(suggestions);
        int total = 0, answered = 0, onTime = 0, overdue = 0;
        foreach (var s in suggestions)
        {
            Guard.Against.Null(s, nameof(suggestions));
            if (s.RaisedOn > asOf)
            {
                continue;
            }

            total++;
            if (s.IsAnsweredBy(asOf))
            {
                answered++;
                onTime += s.IsAnsweredOnTime ? 1 : 0;
            }
            else if (s.IsOverdue(asOf))
            {
                overdue++;
            }
        }

        return new SuggestionRates(asOf, total, answered, onTime, overdue);
    }
}
