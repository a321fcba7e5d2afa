using Congress.Domain.Divisions;
using Congress.Domain.Figures;

namespace Congress.Domain.Rollups;

/// <summary>One row of a per-division breakdown (分单位汇总): a division and its figures.</summary>
/// <param name="Division">The division.</param>
/// <param name="Figures">Its totals.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record DivisionFigures(DivisionCode Division, FigureSet Figures);

/// <summary>One row of a per-topic breakdown (分主题汇总): a theme or focus area and its figures.</summary>
/// <param name="Topic">The theme or focus-area code.</param>
/// <param name="Figures">Its totals.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record TopicFigures(string Topic, FigureSet Figures);
