using Ardalis.GuardClauses;
using Congress.Domain.Figures;

namespace Congress.Domain.Reporting.Writing;

/// <summary>How the writer words figures (行文风格).</summary>
/// <remarks>Immutable and thread-safe; equality is by value. <see cref="Default"/> is the Baoding reports' style.</remarks>
public sealed record ReportStyle
{
    private readonly int _chineseNumeralsUpTo;
    private readonly string _lead = "共";

    /// <summary>The Baoding style: 余 for "more than", Arabic digits, no year, 共 before the first figure.</summary>
    public static ReportStyle Default { get; } = new();

    /// <summary>余 (810余人次) or 多 (70多条).</summary>
    public MoreThanMarker MoreThan { get; init; } = MoreThanMarker.Yu;

    /// <summary>
    /// Whole counts from 2 up to this value, exact or "more than", are written in Chinese numerals in the counting
    /// style (十二个, 两个, 二十余次); 0 (the default) writes Arabic digits throughout. Money and % always stay Arabic,
    /// and so does 1 (a lone 一 reads as an article).
    /// </summary>
    public int ChineseNumeralsUpTo
    {
        get => _chineseNumeralsUpTo;
        init => _chineseNumeralsUpTo = Guard.Against.OutOfRange(value, nameof(ChineseNumeralsUpTo), 0, 1_000_000);
    }

    /// <summary>Whether 10, 100, 1000, 10000 "more than" or "nearly" are written 十, 百, 千, 万 (百余名, 近千人).</summary>
    public bool RoundWords { get; init; } = true;

    /// <summary>Whether the as-of date carries its year (截至2024年9月底).</summary>
    public bool IncludeYear { get; init; }

    /// <summary>The word before the first figure of a paragraph: 共 (截至9月底，共走访代表……), or empty.</summary>
    public string Lead
    {
        get => _lead;
        init => _lead = Guard.Against.Null(value, nameof(Lead));
    }
}
