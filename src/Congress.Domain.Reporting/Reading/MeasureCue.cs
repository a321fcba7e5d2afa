using Ardalis.GuardClauses;
using Congress.Domain.Figures;

namespace Congress.Domain.Reporting.Reading;

/// <summary>
/// Words that tie a figure to a measure (口径提示词): when the clause before a figure holds every keyword, in order,
/// and the figure's unit fits the measure's unit, the figure counts that measure. 接待选民810余人次 →
/// <see cref="Measures.VotersReceived"/>; 协调解决……问题21个 → <see cref="Measures.ProblemsSolved"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference (it holds a list).</remarks>
public sealed class MeasureCue
{
    /// <summary>Creates a cue.</summary>
    /// <param name="measure">The measure the words name.</param>
    /// <param name="keywords">The words, in the order they appear; gaps between them are allowed.</param>
    public MeasureCue(Measure measure, params string[] keywords)
    {
        Guard.Against.Null(measure);
        Guard.Against.NullOrEmpty(keywords);
        Guard.Against.InvalidInput(keywords, nameof(keywords), k => k.All(w => !string.IsNullOrEmpty(w)), "A keyword is not empty.");
        Measure = measure;
        _keywords = [.. keywords];
    }

    /// <summary>The measure.</summary>
    public Measure Measure { get; }

    private readonly string[] _keywords;

    /// <summary>The keywords, in order.</summary>
    public IReadOnlyList<string> Keywords => _keywords;

    /// <summary>Whether <paramref name="clause"/> holds every keyword in order.</summary>
    /// <param name="clause">The words before a figure.</param>
    /// <returns>Whether the cue matches.</returns>
    public bool Matches(ReadOnlySpan<char> clause)
    {
        var rest = clause;
        foreach (var keyword in _keywords) // the array, not the interface: no enumerator allocated per figure
        {
            var at = rest.IndexOf(keyword.AsSpan(), StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + keyword.Length)..];
        }

        return true;
    }
}
