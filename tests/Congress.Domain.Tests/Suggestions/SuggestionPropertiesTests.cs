using Congress.Domain.Suggestions;
using Congress.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Tests.Suggestions;

public sealed class SuggestionPropertiesTests
{
    private static readonly IClock Clock = CampaignArbitraries.TodayClock();

    /// <summary>Runs the commands, collecting each (before, outcome).</summary>
    private static List<(Suggestion Before, Outcome<Suggestion> Outcome)> Run(SuggestionCommand[] commands)
    {
        var steps = new List<(Suggestion, Outcome<Suggestion>)>();
        var s = CampaignArbitraries.Raised();
        foreach (var command in commands)
        {
            var outcome = command.ApplyTo(s, Clock);
            steps.Add((s, outcome));
            s = outcome.Value!;
        }

        return steps;
    }

    private static Suggestion Final(SuggestionCommand[] commands) => commands.Aggregate(CampaignArbitraries.Raised(), (s, c) => c.ApplyTo(s, Clock).Value!);

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 300)]
    public Property No_sequence_of_commands_moves_a_suggestion_backwards_or_skips_a_state(SuggestionCommand[] commands) =>
        Run(commands).All(step =>
        {
            if (!step.Outcome.IsAccepted)
            {
                return true;
            }

            var from = step.Before.State;
            var to = step.Outcome.Value.State;
            var delta = to.Stage() - from.Stage();
            return from.CanMoveTo(to) && (delta == 1 || (delta == 0 && from != to && from is SuggestionState.Assigned or SuggestionState.Returned));
        }).Label("every accepted step moves one stage forward, or between Assigned and Returned");

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 300)]
    public Property A_rejected_command_leaves_the_suggestion_unchanged(SuggestionCommand[] commands) =>
        Run(commands).All(step =>
            step.Outcome.IsAccepted
                ? step.Outcome.Value.History.Count == step.Before.History.Count + 1 && step.Outcome.Value.History.Take(step.Before.History.Count).SequenceEqual(step.Before.History)
                : ReferenceEquals(step.Outcome.Value, step.Before) && step.Outcome.Violations.Count > 0)
        .Label("rejected: same instance with violations; accepted: one step appended");

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 300)]
    public Property The_history_is_a_chain_of_allowed_dated_steps(SuggestionCommand[] commands)
    {
        var history = Final(commands).History;
        var pairs = history.Zip(history.Skip(1));
        return (history[0].State == SuggestionState.Raised
                && pairs.All(p => p.First.State.CanMoveTo(p.Second.State) && p.First.On <= p.Second.On)
                && history.All(h => h.On <= CampaignArbitraries.Today)
                && history.Where(h => h.State == SuggestionState.Assigned).All(h => h.Deadline >= h.On))
            .Label("raised first, allowed moves, dates in order, none after today, deadlines not before assignments");
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 500)]
    public Property Overdue_on_a_date_stays_overdue_on_every_later_date_until_answered(SuggestionCommand[] commands)
    {
        var s = Final(commands);
        var days = Enumerable.Range(0, 400).Select(i => CampaignArbitraries.RaisedOn.PlusDays(i)).ToArray();
        var firstOverdue = days.FirstOrDefault(s.IsOverdue);
        var broken = days.FirstOrDefault(d => d > firstOverdue && firstOverdue != default && !s.IsAnsweredBy(d) && !s.IsOverdue(d));
        return (broken == default)
            .Label($"overdue on {firstOverdue}, answered {s.AnsweredOn}, not overdue on {broken}");
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 200)]
    public Property An_answered_suggestion_has_an_answer_and_a_date_and_is_never_overdue_after(SuggestionCommand[] commands, byte later)
    {
        var s = Final(commands);
        return (s.State.Stage() < SuggestionState.Answered.Stage()
                || (s.AnswerText is not null && s.AnsweredOn is { } a && !s.IsOverdue(a.PlusDays(later))))
            .Label("answered implies text, date, and not overdue from then on");
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 100)]
    public Property Rates_are_fractions_of_consistent_counts(SuggestionCommand[][] sequences, byte day)
    {
        var rates = SuggestionRates.Of(sequences.Select(Final), CampaignArbitraries.RaisedOn.PlusDays(day));
        return (rates.Total == sequences.Length
                && rates.AnsweredOnTime <= rates.Answered && rates.Answered + rates.Overdue <= rates.Total
                && rates.AnswerRate is null or >= 0 and <= 1 && rates.OnTimeRate is null or >= 0 and <= 1)
            .Label("0 <= on time <= answered; answered + overdue <= total; rates in [0, 1]");
    }
}
