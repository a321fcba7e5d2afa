namespace Congress.Domain.Figures;

/// <summary>
/// How a figure is qualified in a report (数字的限定): exact, or one of the hedges reports use.
/// </summary>
/// <remarks>
/// Combining two qualified figures takes the join of their qualifiers (see <see cref="QualifierExtensions.Combine"/>):
/// <see cref="Exact"/> is the identity; <see cref="MoreThan"/> absorbs everything ("more than" plus any non-negative
/// figure is "more than"); <see cref="AtLeast"/> and <see cref="Nearly"/> together become <see cref="About"/>.
/// </remarks>
public enum Qualifier
{
    /// <summary>Exactly this many (21个).</summary>
    Exact = 0,

    /// <summary>More than this many: 余, 多 (810余人次, 70多条).</summary>
    MoreThan = 1,

    /// <summary>At least this many: 以上 (100人以上).</summary>
    AtLeast = 2,

    /// <summary>About this many: 约 (约300人).</summary>
    About = 3,

    /// <summary>Nearly this many, a little less: 近 (近千人).</summary>
    Nearly = 4,
}

/// <summary>Operations on <see cref="Qualifier"/>.</summary>
public static class QualifierExtensions
{
    /// <summary>
    /// The qualifier of a sum of two figures: a join that is commutative, associative and idempotent with
    /// <see cref="Qualifier.Exact"/> as identity. Exact stays exact only while every part is exact; "more than"
    /// absorbs every other qualifier; "at least" with "nearly", or either with "about", gives "about".
    /// </summary>
    /// <param name="left">The qualifier of one part.</param>
    /// <param name="right">The qualifier of the other part.</param>
    /// <returns>The qualifier of the sum.</returns>
    public static Qualifier Combine(this Qualifier left, Qualifier right)
    {
        if (left == right || right == Qualifier.Exact)
        {
            return left;
        }

        if (left == Qualifier.Exact)
        {
            return right;
        }

        if (left == Qualifier.MoreThan || right == Qualifier.MoreThan)
        {
            return Qualifier.MoreThan;
        }

        // Two different qualifiers among AtLeast, About, Nearly.
        return Qualifier.About;
    }

    /// <summary>
    /// Whether a figure with this qualifier states a guaranteed lower bound of the true amount: exact, 余/多 and 以上
    /// do; 约 (about) and 近 (nearly) do not, since the true amount may be below the stated value.
    /// </summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>Whether the stated value is a lower bound.</returns>
    public static bool IsLowerBound(this Qualifier qualifier) => qualifier is Qualifier.Exact or Qualifier.MoreThan or Qualifier.AtLeast;

    /// <summary>
    /// The qualifier as three lattice bits, so that <see cref="Combine"/> is a bitwise OR:
    /// Exact 000, AtLeast 001, Nearly 010, About 011, MoreThan 111. The roll-up engine keeps one such byte per cell.
    /// </summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The lattice bits.</returns>
    internal static byte ToLatticeBits(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => 0b000,
        Qualifier.AtLeast => 0b001,
        Qualifier.Nearly => 0b010,
        Qualifier.About => 0b011,
        Qualifier.MoreThan => 0b111,
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };

    /// <summary>The qualifier of lattice bits made by <see cref="ToLatticeBits"/> and OR; higher bits are ignored.</summary>
    /// <param name="bits">The bits.</param>
    /// <returns>The qualifier.</returns>
    internal static Qualifier FromLatticeBits(int bits) => (bits & 0b111) switch
    {
        0b000 => Qualifier.Exact,
        0b001 => Qualifier.AtLeast,
        0b010 => Qualifier.Nearly,
        0b011 => Qualifier.About,
        _ => Qualifier.MoreThan,
    };

    /// <summary>The suffix or prefix a Chinese report uses: 余, 以上, 约, 近, or nothing.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The usual Chinese marker.</returns>
    public static string ChineseMarker(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => string.Empty,
        Qualifier.MoreThan => "余",
        Qualifier.AtLeast => "以上",
        Qualifier.About => "约",
        Qualifier.Nearly => "近",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };
}
