using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Rules;
using NodaTime;

namespace Congress.Domain.Campaigns;

/// <summary>
/// A practice campaign (实践活动) run by one congress for a period, such as the city's "建设现代化新保定、人大代表立新功"
/// or its localisation by 满城区, "建设品质新满城、人大代表勇担当" ("市人大方案的满城化、具体化").
/// A district campaign names the city's as its <see cref="Parent"/>, and each of its focus areas maps to a theme the
/// parent words, so every district figure rolls up to a city theme.
/// </summary>
/// <remarks>
/// The owning congress is named by its <see cref="CongressKey"/> (division and level).
/// Immutable and thread-safe: <see cref="WithOrganisation"/> returns a new campaign. Equality is reference equality;
/// <see cref="Code"/> is the stable identity to store and compare. Construction refuses malformed arguments
/// (<see cref="ArgumentException"/>); whether the campaign fits its parent is a matter of <see cref="Validate"/>.
/// </remarks>
public sealed class Campaign
{
    /// <summary>Creates a campaign.</summary>
    /// <param name="code">The stable code, lower-case words joined by hyphens.</param>
    /// <param name="nameZh">The name as the plan writes it.</param>
    /// <param name="congress">The owning congress (130607/County for 满城区).</param>
    /// <param name="period">The period it runs.</param>
    /// <param name="focusAreas">Its focus areas; codes are unique and there is at least one.</param>
    /// <param name="parent">The campaign it localises, or <see langword="null"/> for a root campaign.</param>
    /// <param name="organisation">How it is organised, or <see langword="null"/> for <see cref="CampaignOrganisation.Empty"/>.</param>
    /// <param name="nameEn">An English rendering of the name, if any.</param>
    /// <exception cref="ArgumentException">An argument is blank, malformed, or focus area codes repeat.</exception>
    public Campaign(
        string code,
        string nameZh,
        CongressKey congress,
        DateInterval period,
        IEnumerable<FocusArea> focusAreas,
        Campaign? parent = null,
        CampaignOrganisation? organisation = null,
        string? nameEn = null)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), StableCode.IsWellFormed, StableCode.Message);
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.InvalidInput(congress, nameof(congress), c => Enum.IsDefined(c.Level), "A campaign is owned by a congress.");
        Guard.Against.Null(period);
        Guard.Against.Null(focusAreas);
        var areas = focusAreas.ToArray();
        Guard.Against.InvalidInput(areas, nameof(focusAreas), a => a.Length > 0 && a.All(f => f is not null), "A campaign has at least one focus area and none is null.");
        Guard.Against.InvalidInput(areas, nameof(focusAreas), a => a.Select(f => f.Code).Distinct(StringComparer.Ordinal).Count() == a.Length, "Focus area codes are unique within a campaign.");
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Congress = congress;
        Period = period;
        FocusAreas = areas;
        Parent = parent;
        Organisation = organisation ?? CampaignOrganisation.Empty;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The name as the plan writes it.</summary>
    public string NameZh { get; }

    /// <summary>An English rendering of the name, if any.</summary>
    public string? NameEn { get; }

    /// <summary>The owning congress.</summary>
    public CongressKey Congress { get; }

    /// <summary>The period it runs, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>The focus areas, in the order the plan lists them.</summary>
    public IReadOnlyList<FocusArea> FocusAreas { get; }

    /// <summary>The campaign it localises, or <see langword="null"/>.</summary>
    public Campaign? Parent { get; }

    /// <summary>How it is organised (leading group, work teams, guidance groups, plans, dispatch meetings).</summary>
    public CampaignOrganisation Organisation { get; }

    /// <summary>The campaign at the top of the parent chain (the city's, for a district campaign).</summary>
    public Campaign Root
    {
        get
        {
            var c = this;
            while (c.Parent is not null)
            {
                c = c.Parent;
            }

            return c;
        }
    }

    /// <summary>The distinct themes its focus areas map to, in order of first appearance.</summary>
    public IReadOnlyList<CityTheme> Themes => FocusAreas.Select(f => f.Theme).Distinct().ToArray();

    /// <summary>Finds a focus area by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="focusArea">The focus area when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryFindFocusArea(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FocusArea? focusArea)
    {
        Guard.Against.Null(code);
        focusArea = FocusAreas.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.Ordinal));
        return focusArea is not null;
    }

    /// <summary>
    /// The focus areas of the parent campaign that <paramref name="focusArea"/> maps onto: those with the same theme.
    /// A valid localisation has exactly one; a root campaign has none.
    /// </summary>
    /// <param name="focusArea">One of this campaign's focus areas.</param>
    /// <returns>The parent's focus areas of the same theme.</returns>
    public IReadOnlyList<FocusArea> ParentFocusAreasOf(FocusArea focusArea)
    {
        Guard.Against.Null(focusArea);
        return Parent is null ? [] : Parent.FocusAreas.Where(p => p.Theme == focusArea.Theme).ToArray();
    }

    /// <summary>A copy with another organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <returns>The new campaign; this one is unchanged.</returns>
    public Campaign WithOrganisation(CampaignOrganisation organisation)
    {
        Guard.Against.Null(organisation);
        return new Campaign(Code, NameZh, Congress, Period, FocusAreas, Parent, organisation, NameEn);
    }

    /// <summary>Checks the campaign against the CD-CMP rules (see <see cref="CampaignRules.Check"/>).</summary>
    /// <param name="ruleSet">The district's rule set: rules it switches off are dropped and its own rules for campaigns run; <see langword="null"/> for every built-in rule.</param>
    /// <returns>The violations; empty when it is valid.</returns>
    public IReadOnlyList<RuleViolation> Validate(RuleSet? ruleSet = null) =>
        ruleSet is null ? CampaignRules.Check(this) : ruleSet.Apply(this, CampaignRules.Check(this));

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
