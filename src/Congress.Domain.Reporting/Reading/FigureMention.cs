using Congress.Domain.Figures;

namespace Congress.Domain.Reporting.Reading;

/// <summary>
/// A figure found in a report's text (文中数字): its <see cref="Figures.Quantity"/> in base units (20余万元 is more
/// than 200000 元), the <see cref="Figures.Measure"/> the text says it counts when it says so, and where it stands.
/// </summary>
/// <param name="Quantity">The value in base units, the unit as written without its multiplier, and the qualifier.</param>
/// <param name="Measure">The measure the surrounding words name (接待选民 → <see cref="Measures.VotersReceived"/>), or null.</param>
/// <param name="Text">The figure as written, with its qualifier words: 约300人, 810余人次, 100人以上.</param>
/// <param name="Start">The offset of the first character of <paramref name="Text"/> in the input (UTF-16 code units).</param>
/// <param name="Length">The length of <paramref name="Text"/> (UTF-16 code units).</param>
/// <remarks>Immutable and thread-safe; equality is by value of every member.</remarks>
public sealed record FigureMention(Quantity Quantity, Measure? Measure, string Text, int Start, int Length);
