using Ardalis.GuardClauses;

namespace Congress.Domain.Campaigns;

/// <summary>
/// The built-in themes: the four of Baoding's campaign "建设现代化新保定、人大代表立新功", which every district's
/// focus areas map onto.
/// </summary>
/// <remarks>Thread-safe. The catalogue only grows between versions; codes never change meaning.</remarks>
public static class CityThemes
{
    /// <summary>招商引资、服务企业: investment and enterprise (满城 聚力招商引资、服务企业发展; 徐水 招商引资).</summary>
    public static readonly CityTheme InvestmentAndEnterprise = new("investment-enterprise", "招商引资、服务企业", "investment and enterprise");

    /// <summary>城市更新: urban renewal (满城 城市更新显担当; 清苑 深化城市有机更新; 徐水 城市建设).</summary>
    public static readonly CityTheme UrbanRenewal = new("urban-renewal", "城市更新", "urban renewal");

    /// <summary>乡村振兴: rural revitalisation (满城 乡村振兴当表率; 清苑 推进和美乡村建设; 徐水 乡村振兴).</summary>
    public static readonly CityTheme RuralRevitalisation = new("rural-revitalisation", "乡村振兴", "rural revitalisation");

    /// <summary>基层治理: grassroots governance (满城 服务基层微治理; 清苑 化解矛盾纠纷; 徐水 服务基层微治理).</summary>
    public static readonly CityTheme GrassrootsGovernance = new("grassroots-governance", "基层治理", "grassroots governance");

    private static readonly StaticCatalogue<CityTheme> Catalogue = new(typeof(CityThemes), x => x.Code);

    /// <summary>Every built-in theme, in declaration order.</summary>
    public static IReadOnlyList<CityTheme> BuiltIn => Catalogue.All;

    /// <summary>Finds a built-in theme by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="theme">The theme when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CityTheme? theme)
    {
        Guard.Against.Null(code);
        return Catalogue.TryFind(code, out theme);
    }
}
