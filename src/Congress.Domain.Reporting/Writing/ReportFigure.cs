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
    /// <param name="marker">
    /// 余 or 多 for this figure when it is "more than", overriding the style: the seed writes 60余次 and 70多条 in one
    /// paragraph. Null takes <see cref="ReportStyle.MoreThan"/>.
    /// </param>
    public ReportFigure(Measure measure, Quantity quantity, MoreThanMarker? marker = null)
    {
        Guard.Against.Null(measure);
        if (marker is { } m)
        {
            Guard.Against.EnumOutOfRange(m, nameof(marker));
        }

        Measure = measure;
        Quantity = quantity;
        Marker = marker;
    }

    /// <summary>What it counts.</summary>
    public Measure Measure { get; }

    /// <summary>How many.</summary>
    public Quantity Quantity { get; }

    /// <summary>余 or 多 for this figure, or null for the style's.</summary>
    public MoreThanMarker? Marker { get; }
}
