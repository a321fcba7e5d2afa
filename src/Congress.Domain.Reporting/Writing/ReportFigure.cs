using Ardalis.GuardClauses;
using Congress.Domain.Figures;

namespace Congress.Domain.Reporting.Writing;

/// <summary>
/// One rolled-up figure to write (报告数字): what it counts and how many, for example
/// (<see cref="Measures.DeputiesVisited"/>, 260余人次).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record ReportFigure
{
    /// <summary>Creates a figure to write.</summary>
    /// <param name="measure">What it counts; its Chinese name is written before the number.</param>
    /// <param name="quantity">How many, in base units (元 for money).</param>
    public ReportFigure(Measure measure, Quantity quantity)
    {
        Guard.Against.Null(measure);
        Measure = measure;
        Quantity = quantity;
    }

    /// <summary>What it counts.</summary>
    public Measure Measure { get; }

    /// <summary>How many.</summary>
    public Quantity Quantity { get; }
}
