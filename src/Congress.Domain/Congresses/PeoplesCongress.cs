using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Congresses;

/// <summary>
/// The people's congress of a division (人民代表大会): its level and its terms (第N届). Only divisions that legally have
/// a congress get one: never a 街道, an 办事处, a functional zone, a village or a community.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; "changes" return new values. Equality is by reference (two values describe the same
/// congress when their <see cref="Key"/>s are equal). Terms are kept in number order.
/// </remarks>
public sealed class PeoplesCongress
{
    private PeoplesCongress(Division division, CongressKey key, ImmutableArray<CongressTerm> terms)
    {
        Division = division;
        Key = key;
        Terms = terms;
    }

    /// <summary>The division whose congress this is.</summary>
    public Division Division { get; }

    /// <summary>The identity: division code and level.</summary>
    public CongressKey Key { get; }

    /// <summary>The level.</summary>
    public CongressLevel Level => Key.Level;

    /// <summary>The terms, in number order.</summary>
    public ImmutableArray<CongressTerm> Terms { get; }

    /// <summary>The congress of a division, with no terms yet.</summary>
    /// <param name="division">A division whose kind has a congress.</param>
    /// <returns>The congress.</returns>
    /// <exception cref="ArgumentException">The division legally has no congress (CD-CNG-001).</exception>
    public static PeoplesCongress Of(Division division)
    {
        Guard.Against.Null(division);
        var key = CongressKey.Of(division);
        return new PeoplesCongress(division, key, []);
    }

    /// <summary>Adds a term, or refuses it with the violations and leaves this congress as it is.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The congress with the term, or the violations (CD-CNG-003 errors; a CD-CNG-002 warning does not refuse).</returns>
    public CongressChange WithTerm(CongressTerm term)
    {
        Guard.Against.Null(term);
        var order = CongressRules.CheckTermsInOrder(Key, Terms.Add(term));
        var length = CongressRules.CheckTermLength(Key, term);
        if (order.Count > 0)
        {
            return new CongressChange(this, [.. order, .. length], accepted: false);
        }

        var terms = Terms.Add(term).Sort((a, b) => a.Number.CompareTo(b.Number));
        return new CongressChange(new PeoplesCongress(Division, Key, terms), length, accepted: true);
    }

    /// <summary>The term that runs on <paramref name="date"/>, or <see langword="null"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The term.</returns>
    public CongressTerm? TermOn(LocalDate date)
    {
        foreach (var t in Terms)
        {
            if (t.Contains(date))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The term with <paramref name="number"/>, or <see langword="null"/>.</summary>
    /// <param name="number">The number (第N届).</param>
    /// <returns>The term.</returns>
    public CongressTerm? Term(int number)
    {
        foreach (var t in Terms)
        {
            if (t.Number == number)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The division's name and the congress: <c>满城区人民代表大会</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => $"{Division.Name}人民代表大会";
}

/// <summary>The outcome of a change to a <see cref="PeoplesCongress"/>: the congress after it and what the rules said.</summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class CongressChange
{
    internal CongressChange(PeoplesCongress congress, IReadOnlyList<RuleViolation> violations, bool accepted)
    {
        Congress = congress;
        Violations = violations;
        Accepted = accepted;
    }

    /// <summary>The congress after the change; the unchanged congress when it was refused.</summary>
    public PeoplesCongress Congress { get; }

    /// <summary>Whether the change was made.</summary>
    public bool Accepted { get; }

    /// <summary>The violations found (errors when refused; warnings may accompany an accepted change).</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }
}
