using Ardalis.GuardClauses;

namespace Congress.Domain.Figures;

/// <summary>
/// The unit of a figure: the Chinese measure word a report counts in (量词), such as 人次 (person-visits), 次 (times),
/// 条 (items), 个 (things) or 元 (yuan, the base unit of money).
/// </summary>
/// <remarks>
/// An open set: any non-empty measure word is a unit; the well-known ones are static members. Equality is ordinal on
/// the measure word. Multipliers are not units: 7.59亿元 is 759,000,000 in <see cref="Yuan"/>. Immutable and
/// thread-safe. The default value is <see cref="None"/>, a dimensionless count.
/// </remarks>
public readonly struct Unit : IEquatable<Unit>
{
    private readonly string? _word;

    /// <summary>Creates a unit from its measure word.</summary>
    /// <param name="word">The measure word, for example 人次.</param>
    public Unit(string word)
    {
        Guard.Against.NullOrWhiteSpace(word);
        _word = word;
    }

    /// <summary>The measure word; empty for <see cref="None"/>.</summary>
    public string Word => _word ?? string.Empty;

    /// <summary>A dimensionless count with no measure word.</summary>
    public static Unit None => default;

    /// <summary>人次: person-visits (810余人次).</summary>
    public static Unit PersonVisits { get; } = new("人次");

    /// <summary>次: times, occurrences (5次).</summary>
    public static Unit Times { get; } = new("次");

    /// <summary>场次: sessions.</summary>
    public static Unit Sessions { get; } = new("场次");

    /// <summary>条: items such as suggestions or leads (90余条).</summary>
    public static Unit Items { get; } = new("条");

    /// <summary>件: pieces such as motions or cases.</summary>
    public static Unit Cases { get; } = new("件");

    /// <summary>个: things such as projects, homes, problems (21个).</summary>
    public static Unit Things { get; } = new("个");

    /// <summary>名: persons, as deputies are counted (209名).</summary>
    public static Unit Persons { get; } = new("名");

    /// <summary>人: people.</summary>
    public static Unit People { get; } = new("人");

    /// <summary>户: households.</summary>
    public static Unit Households { get; } = new("户");

    /// <summary>处: places.</summary>
    public static Unit Places { get; } = new("处");

    /// <summary>家: establishments such as enterprises.</summary>
    public static Unit Establishments { get; } = new("家");

    /// <summary>元: yuan, the base unit of money (7.59亿元 is 759,000,000 元).</summary>
    public static Unit Yuan { get; } = new("元");

    /// <summary>%: per cent.</summary>
    public static Unit Percent { get; } = new("%");

    /// <summary>Whether this unit is money (元).</summary>
    public bool IsMoney => Word == "元";

    /// <inheritdoc />
    public bool Equals(Unit other) => string.Equals(Word, other.Word, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Word);

    /// <summary>The measure word.</summary>
    /// <returns>The measure word.</returns>
    public override string ToString() => Word;

    /// <summary>Compares two units.</summary>
    /// <param name="left">One unit.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are the same measure word.</returns>
    public static bool operator ==(Unit left, Unit right) => left.Equals(right);

    /// <summary>Compares two units.</summary>
    /// <param name="left">One unit.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Unit left, Unit right) => !left.Equals(right);
}
