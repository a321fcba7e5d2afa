using Ardalis.GuardClauses;

namespace Congress.Domain.Reporting.Writing;

/// <summary>
/// The figures of one theme or one district (主题或区县的数字), as the roll-up hands them to the writer: a label such as
/// 清苑区 or 招商引资, the figures in the order they are to be written, and the date they run to.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference (it holds a list).</remarks>
public sealed class FigureGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="label">The theme or district, as the report names it (清苑区, 招商引资).</param>
    /// <param name="figures">The figures, in writing order; at least one.</param>
    /// <param name="asOf">The date the figures run to, when the report says so.</param>
    public FigureGroup(string label, IEnumerable<ReportFigure> figures, ReportAsOf? asOf = null)
    {
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.Null(figures);
        ReportFigure[] list = [.. figures];
        Guard.Against.InvalidInput(list, nameof(figures), l => l.Length > 0 && l.All(f => f is not null), "A group holds at least one figure and no null.");
        Label = label;
        Figures = list;
        AsOf = asOf;
    }

    /// <summary>The theme or district.</summary>
    public string Label { get; }

    /// <summary>The figures, in writing order.</summary>
    public IReadOnlyList<ReportFigure> Figures { get; }

    /// <summary>The date the figures run to, or null.</summary>
    public ReportAsOf? AsOf { get; }
}
