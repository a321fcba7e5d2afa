using Ardalis.GuardClauses;

namespace Congress.Domain.Campaigns;

/// <summary>
/// A focus area of a campaign (工作重点, 聚焦): the campaign's own wording of one theme, such as 清苑's
/// "聚焦推进和美乡村建设，在助力乡村振兴上下功夫", mapped to exactly one <see cref="CityTheme"/>.
/// </summary>
/// <remarks>
/// A focus area names one theme by construction; <see cref="CampaignRules"/> checks that the theme is one its parent
/// campaign words exactly once, so figures recorded against it roll up to the city.
/// Immutable and thread-safe; equality is by value (code, wordings and theme).
/// </remarks>
public sealed record FocusArea
{
    /// <summary>Creates a focus area.</summary>
    /// <param name="code">The stable code within its campaign, lower-case words joined by hyphens.</param>
    /// <param name="wordingZh">The campaign's wording, as its plan writes it.</param>
    /// <param name="theme">The theme it maps to.</param>
    /// <param name="wordingEn">An English rendering, if any.</param>
    public FocusArea(string code, string wordingZh, CityTheme theme, string? wordingEn = null)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), StableCode.IsWellFormed, StableCode.Message);
        Guard.Against.NullOrWhiteSpace(wordingZh);
        Guard.Against.Null(theme);
        Code = code;
        WordingZh = wordingZh;
        Theme = theme;
        WordingEn = string.IsNullOrWhiteSpace(wordingEn) ? theme.NameEn : wordingEn;
    }

    /// <summary>The stable code within its campaign.</summary>
    public string Code { get; }

    /// <summary>The campaign's Chinese wording.</summary>
    public string WordingZh { get; }

    /// <summary>The English rendering; the theme's English name when none was given.</summary>
    public string WordingEn { get; }

    /// <summary>The theme it maps to.</summary>
    public CityTheme Theme { get; }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
