using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Congress.Domain.Stations;

namespace Congress.Domain.Standards;

/// <summary>
/// A named, versioned standards checklist for homes and stations (家站建设标准): 满城's "五有", 清苑's four items,
/// Guangdong's "七有", or a host's own. A station is judged against the profile its district adopted.
/// </summary>
/// <remarks>
/// Criterion codes are unique within a profile. Immutable and thread-safe: <see cref="With"/> and
/// <see cref="Without"/> return a new version. Equality is by reference; (<see cref="Name"/>, <see cref="Version"/>)
/// identifies a profile.
/// </remarks>
public sealed class StandardsProfile
{
    private readonly Criterion[] _criteria;
    private readonly FrozenDictionary<string, int> _index;

    /// <summary>Creates a profile.</summary>
    /// <param name="name">The stable name: lower-case letters, digits and hyphens (<c>mancheng-wuyou</c>).</param>
    /// <param name="version">The version, from 1.</param>
    /// <param name="nameZh">The Chinese name (满城区“五有”标准).</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="criteria">The criteria in checklist order; codes unique.</param>
    public StandardsProfile(string name, int version, string nameZh, string nameEn, IEnumerable<Criterion> criteria)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.InvalidInput(name, nameof(name), StableCode.IsWellFormed, "A profile name holds lower-case letters, digits and hyphens.");
        Guard.Against.NegativeOrZero(version);
        Guard.Against.NullOrWhiteSpace(nameZh);
        Guard.Against.NullOrWhiteSpace(nameEn);
        Guard.Against.Null(criteria);
        var list = criteria.ToArray();
        Guard.Against.InvalidInput(list, nameof(criteria), l => l.All(c => c is not null), "A profile holds no null criterion.");
        Guard.Against.InvalidInput(list, nameof(criteria), l => Keys.AreUnique(l, c => c.Code), "Criterion codes are unique within a profile.");
        Name = name;
        Version = version;
        NameZh = nameZh;
        NameEn = nameEn;
        _criteria = list;
        _index = list.Select((c, i) => (c.Code, i)).ToFrozenDictionary(t => t.Code, t => t.i, StringComparer.Ordinal);
    }

    /// <summary>The stable name.</summary>
    public string Name { get; }

    /// <summary>The version.</summary>
    public int Version { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The criteria in checklist order.</summary>
    public IReadOnlyList<Criterion> Criteria => _criteria;

    /// <summary>The criteria array itself, for the judge's loops; never mutated.</summary>
    internal Criterion[] CriteriaArray => _criteria;

    /// <summary>Finds a criterion by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="criterion">The criterion when found.</param>
    /// <returns>Whether the profile has it.</returns>
    public bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Criterion? criterion)
    {
        Guard.Against.Null(code);
        criterion = _index.TryGetValue(code, out var i) ? _criteria[i] : null;
        return criterion is not null;
    }

    /// <summary>The next version with a criterion added, or replaced when its code is already there.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The new version.</returns>
    public StandardsProfile With(Criterion criterion)
    {
        Guard.Against.Null(criterion);
        var list = _criteria.ToList();
        if (_index.TryGetValue(criterion.Code, out var i))
        {
            list[i] = criterion;
        }
        else
        {
            list.Add(criterion);
        }

        return new StandardsProfile(Name, Version + 1, NameZh, NameEn, list);
    }

    /// <summary>The next version without a criterion.</summary>
    /// <param name="code">The code of the criterion to drop; must be in the profile.</param>
    /// <returns>The new version.</returns>
    public StandardsProfile Without(string code)
    {
        Guard.Against.Null(code);
        Guard.Against.InvalidInput(code, nameof(code), _index.ContainsKey, "The profile has no criterion with this code.");
        return new StandardsProfile(Name, Version + 1, NameZh, NameEn, _criteria.Where(c => c.Code != code));
    }

    /// <summary>The name and version, for logs.</summary>
    /// <returns>For example <c>mancheng-wuyou v1</c>.</returns>
    public override string ToString() => $"{Name} v{Version}";
}
