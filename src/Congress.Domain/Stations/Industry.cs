using Ardalis.GuardClauses;

namespace Congress.Domain.Stations;

/// <summary>
/// The industry an industry home or station serves (行业): 电力电气, 生活用纸, 食品 in 满城; 苗木 in 清苑;
/// 高端装备制造 in 徐水. An open set: a host can create its own; the seed's are static members.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value (code and both names).</remarks>
public sealed record Industry
{
    /// <summary>Creates an industry.</summary>
    /// <param name="code">The stable code, lower-case words joined by hyphens.</param>
    /// <param name="nameZh">The Chinese name (电力电气).</param>
    /// <param name="nameEn">The English name.</param>
    public Industry(string code, string nameZh, string nameEn)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), StableCode.IsWellFormed, "An industry code holds lower-case letters, digits and hyphens.");
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.NullOrWhiteSpace(nameEn);
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>电力电气: electrical power equipment (满城).</summary>
    public static Industry ElectricalEquipment { get; } = new("electrical-equipment", "电力电气", "electrical power equipment");

    /// <summary>生活用纸: household paper (满城).</summary>
    public static Industry HouseholdPaper { get; } = new("household-paper", "生活用纸", "household paper");

    /// <summary>食品: food (满城).</summary>
    public static Industry Food { get; } = new("food", "食品", "food");

    /// <summary>苗木: nursery stock (清苑, 华秀苗木).</summary>
    public static Industry NurseryStock { get; } = new("nursery-stock", "苗木", "nursery stock");

    /// <summary>高端装备制造: high-end equipment manufacturing (徐水).</summary>
    public static Industry HighEndEquipment { get; } = new("high-end-equipment", "高端装备制造", "high-end equipment manufacturing");

    /// <summary>The Chinese name.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => NameZh;
}
