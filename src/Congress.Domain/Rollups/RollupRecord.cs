using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Congress.Domain.Figures;

namespace Congress.Domain.Rollups;

/// <summary>
/// One figure to roll up (一条统计记录), in the dense integer keys of a <see cref="RollupKeySpace"/>: a division, a
/// topic (theme or focus area, or 0 for none), a month, a measure, and the value in hundredths of the measure's base
/// unit (分 for money) with its qualifier. Sixteen bytes, so ten million records stream through a cache in 160 MB.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is by every field. Build one with
/// <see cref="RollupKeySpace.CreateRecord"/> from domain values, or with the constructor from indexes the key space
/// gave. The default value adds nothing and marks nothing as present.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct RollupRecord
{
    /// <summary>The most topics, months or measures a key space can hold (one byte each in a record).</summary>
    public const int MaxSmallKey = 256;

    private readonly long _hundredths;
    private readonly int _division;
    private readonly byte _topic;
    private readonly byte _month;
    private readonly byte _measure;
    private readonly byte _flags;

    /// <summary>Creates a record from key-space indexes.</summary>
    /// <param name="division">The division index.</param>
    /// <param name="topic">The topic index (0 for no theme), below <see cref="MaxSmallKey"/>.</param>
    /// <param name="month">The month index, below <see cref="MaxSmallKey"/>.</param>
    /// <param name="measure">The measure index, below <see cref="MaxSmallKey"/>.</param>
    /// <param name="hundredths">The value × 100 in the measure's base unit, not negative.</param>
    /// <param name="qualifier">The qualifier.</param>
    public RollupRecord(int division, int topic, int month, int measure, long hundredths, Qualifier qualifier = Qualifier.Exact)
    {
        Guard.Against.Negative(division);
        Guard.Against.OutOfRange(topic, nameof(topic), 0, MaxSmallKey - 1);
        Guard.Against.OutOfRange(month, nameof(month), 0, MaxSmallKey - 1);
        Guard.Against.OutOfRange(measure, nameof(measure), 0, MaxSmallKey - 1);
        Guard.Against.Negative(hundredths);
        Guard.Against.EnumOutOfRange(qualifier);
        _hundredths = hundredths;
        _division = division;
        _topic = (byte)topic;
        _month = (byte)month;
        _measure = (byte)measure;
        _flags = (byte)(qualifier.ToLatticeBits() | Rollup.PresentBit);
    }

    /// <summary>The division index.</summary>
    public int Division => _division;

    /// <summary>The topic index (0 for no theme).</summary>
    public int Topic => _topic;

    /// <summary>The month index.</summary>
    public int Month => _month;

    /// <summary>The measure index.</summary>
    public int Measure => _measure;

    /// <summary>The value × 100 in the measure's base unit.</summary>
    public long Hundredths => _hundredths;

    /// <summary>The qualifier.</summary>
    public Qualifier Qualifier => QualifierExtensions.FromLatticeBits(_flags);

    /// <summary>The qualifier lattice bits with the present bit.</summary>
    internal byte Flags => _flags;
}
