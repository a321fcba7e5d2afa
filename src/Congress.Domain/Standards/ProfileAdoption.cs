using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Domain.Standards;

/// <summary>A district's adoption of a standards profile from a date (采用标准).</summary>
/// <param name="District">The district (or city, whose districts inherit it).</param>
/// <param name="Profile">The profile.</param>
/// <param name="From">The first day it applies.</param>
/// <remarks>Immutable and thread-safe; equality is by value (the profile by reference).</remarks>
public sealed record ProfileAdoption(DivisionCode District, StandardsProfile Profile, LocalDate From);

/// <summary>
/// Which standards profile each district has adopted, from which date (标准采用登记). A district without its own
/// adoption follows the nearest ancestor that has one.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="Adopt"/> returns a new register, or this one with a CD-STD-004 violation.
/// Equality is by reference.
/// </remarks>
public sealed class ProfileAdoptions
{
    private readonly ImmutableDictionary<DivisionCode, ImmutableList<ProfileAdoption>> _byDistrict;

    private ProfileAdoptions(ImmutableDictionary<DivisionCode, ImmutableList<ProfileAdoption>> byDistrict) => _byDistrict = byDistrict;

    /// <summary>No adoption at all.</summary>
    public static ProfileAdoptions Empty { get; } = new(ImmutableDictionary<DivisionCode, ImmutableList<ProfileAdoption>>.Empty);

    /// <summary>
    /// The adoptions a district's rule set states: one per value of its <see cref="RuleSet.StandardsProfileParameter"/>
    /// parameter, from that value's date.
    /// </summary>
    /// <param name="district">The district the rule set belongs to.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="hostProfiles">The host's own profiles, searched before the built-in ones.</param>
    /// <returns>The register; for equal dates the parameter added last wins.</returns>
    /// <exception cref="ArgumentException">The rule set names an unknown profile.</exception>
    public static ProfileAdoptions FromRuleSet(DivisionCode district, RuleSet ruleSet, IEnumerable<StandardsProfile>? hostProfiles = null)
    {
        Guard.Against.InvalidInput(district, nameof(district), d => !d.IsNone, "A district has a code.");
        Guard.Against.Null(ruleSet);
        var hosts = hostProfiles?.ToArray() ?? [];
        var byDate = new SortedDictionary<LocalDate, StandardsProfile>();
        foreach (var p in ruleSet.Parameters.Where(p => p.Name == RuleSet.StandardsProfileParameter))
        {
            byDate[p.From] = StandardsProfiles.InForce(ruleSet, p.From, hosts);
        }

        var list = byDate.Select(kv => new ProfileAdoption(district, kv.Value, kv.Key)).ToImmutableList();
        return list.IsEmpty ? Empty : new ProfileAdoptions(Empty._byDistrict.SetItem(district, list));
    }

    /// <summary>Every adoption, by district code and date.</summary>
    public IEnumerable<ProfileAdoption> All => _byDistrict.OrderBy(kv => kv.Key).SelectMany(kv => kv.Value);

    /// <summary>Records an adoption.</summary>
    /// <param name="adoption">The adoption.</param>
    /// <returns>The new register, or this one with a CD-STD-004 violation when the district already adopted a profile from that date.</returns>
    public ChangeOutcome<ProfileAdoptions> Adopt(ProfileAdoption adoption)
    {
        Guard.Against.Null(adoption);
        Guard.Against.Null(adoption.Profile, nameof(adoption));
        Guard.Against.InvalidInput(adoption.District, nameof(adoption), d => !d.IsNone, "An adoption names its district.");
        var list = _byDistrict.TryGetValue(adoption.District, out var existing) ? existing : [];
        var clash = list.FirstOrDefault(a => a.From == adoption.From);
        if (clash is not null)
        {
            return ChangeOutcome<ProfileAdoptions>.Refused(this, StandardsRules.OneAdoptionPerDate.Violation(adoption.District.ToString(), adoption.District, clash.Profile, IsoDate.Format(clash.From), adoption.Profile));
        }

        var index = list.FindIndex(a => a.From > adoption.From);
        list = index < 0 ? list.Add(adoption) : list.Insert(index, adoption);
        return ChangeOutcome<ProfileAdoptions>.Accepted(new ProfileAdoptions(_byDistrict.SetItem(adoption.District, list)));
    }

    /// <summary>The profile in force for a district on a date.</summary>
    /// <param name="district">The district.</param>
    /// <param name="on">The date.</param>
    /// <param name="tree">The hierarchy for inherited adoptions; the code digits when <see langword="null"/>.</param>
    /// <returns>The adopted profile, or <see langword="null"/> when neither the district nor an ancestor has adopted one by then.</returns>
    public StandardsProfile? ProfileOn(DivisionCode district, LocalDate on, IDivisionTree? tree = null)
    {
        tree ??= DivisionTreeByDigits.Instance;
        for (var c = district; !c.IsNone; c = tree.ParentOf(c))
        {
            if (_byDistrict.TryGetValue(c, out var list))
            {
                var found = list.LastOrDefault(a => a.From <= on);
                if (found is not null)
                {
                    return found.Profile;
                }
            }
        }

        return null;
    }

    /// <summary>The profile in force, or <see cref="StandardsProfiles.Default"/> when none is adopted.</summary>
    /// <param name="district">The district.</param>
    /// <param name="on">The date.</param>
    /// <param name="tree">The hierarchy; the code digits when <see langword="null"/>.</param>
    /// <returns>The profile.</returns>
    public StandardsProfile ProfileOrDefault(DivisionCode district, LocalDate on, IDivisionTree? tree = null) =>
        ProfileOn(district, on, tree) ?? StandardsProfiles.Default;
}
