using Ardalis.GuardClauses;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using NodaTime;

namespace Congress.Domain.Rollups;

/// <summary>
/// Collects the divisions, themes, focus areas, months and measures a roll-up works over and builds the
/// <see cref="RollupKeySpace"/>. Divisions may be added in any order; <see cref="Build"/> numbers them by depth
/// (roots first), then by code, so parents come before children and the same divisions always get the same numbers.
/// </summary>
/// <remarks>Mutable and not thread-safe: one builder per thread. A rejected addition leaves the builder unchanged.</remarks>
public sealed class RollupKeySpaceBuilder
{
    private readonly List<DivisionCode> _divisions = [];
    private readonly Dictionary<DivisionCode, DivisionCode?> _parents = [];
    private readonly List<string> _themes = [];
    private readonly List<(string Code, string Theme)> _focusAreas = [];
    private readonly HashSet<string> _topics = new(StringComparer.Ordinal);
    private readonly List<Measure> _measures = [];
    private YearMonth? _first;
    private YearMonth? _last;

    /// <summary>Adds a division under an explicit parent.</summary>
    /// <param name="division">The division.</param>
    /// <param name="parent">Its parent in the roll-up, or <see cref="DivisionCode.None"/> for a root.</param>
    /// <returns>This builder.</returns>
    public RollupKeySpaceBuilder AddDivision(DivisionCode division, DivisionCode parent)
    {
        AddDivisionCore(division, parent);
        return this;
    }

    /// <summary>
    /// Adds a division whose parent is the nearest ancestor by its digits (<see cref="DivisionCode.ParentByDigits"/>)
    /// that the key space also holds, or a root when none is.
    /// </summary>
    /// <param name="division">The division.</param>
    /// <returns>This builder.</returns>
    public RollupKeySpaceBuilder AddDivisionByDigits(DivisionCode division)
    {
        AddDivisionCore(division, null);
        return this;
    }

    /// <summary>Adds a city theme (主题), a child of "all topics".</summary>
    /// <param name="theme">The theme code.</param>
    /// <returns>This builder.</returns>
    public RollupKeySpaceBuilder AddTheme(string theme)
    {
        Guard.Against.NullOrWhiteSpace(theme);
        Guard.Against.InvalidInput(theme, nameof(theme), t => !_topics.Contains(t), "The topic is already in the key space.");
        _topics.Add(theme);
        _themes.Add(theme);
        return this;
    }

    /// <summary>Adds a district's focus area (聚焦方向) under a city theme, so its figures roll up into the theme.</summary>
    /// <param name="focusArea">The focus-area code.</param>
    /// <param name="theme">The theme code, added before.</param>
    /// <returns>This builder.</returns>
    public RollupKeySpaceBuilder AddFocusArea(string focusArea, string theme)
    {
        Guard.Against.NullOrWhiteSpace(focusArea);
        Guard.Against.NullOrWhiteSpace(theme);
        Guard.Against.InvalidInput(focusArea, nameof(focusArea), t => !_topics.Contains(t), "The topic is already in the key space.");
        Guard.Against.InvalidInput(theme, nameof(theme), t => _themes.Contains(t), "The theme is not in the key space.");
        _topics.Add(focusArea);
        _focusAreas.Add((focusArea, theme));
        return this;
    }

    /// <summary>Extends the months to cover <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month, not before the first.</param>
    /// <returns>This builder.</returns>
    public RollupKeySpaceBuilder AddMonths(YearMonth first, YearMonth last)
    {
        Guard.Against.InvalidInput(last, nameof(last), l => l.CompareTo(first) >= 0, "The last month comes before the first.");
        _first = _first is { } f && f.CompareTo(first) < 0 ? f : first;
        _last = _last is { } l && l.CompareTo(last) > 0 ? l : last;
        return this;
    }

    /// <summary>Adds a measure (adding one already present does nothing).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>This builder.</returns>
    public RollupKeySpaceBuilder AddMeasure(Measure measure)
    {
        Guard.Against.Null(measure);
        if (!_measures.Contains(measure))
        {
            _measures.Add(measure);
        }

        return this;
    }

    /// <summary>Builds the key space.</summary>
    /// <returns>The key space.</returns>
    /// <exception cref="InvalidOperationException">No division, month or measure was added, a parent is missing,
    /// there are more topics, months or measures than a record can index, or more than
    /// <see cref="RollupKeySpace.MaxCells"/> cells.</exception>
    public RollupKeySpace Build()
    {
        if (_divisions.Count == 0 || _first is null || _last is null || _measures.Count == 0)
        {
            throw new InvalidOperationException("A roll-up key space needs at least one division, month and measure.");
        }

        var parentOf = new Dictionary<DivisionCode, DivisionCode>();
        foreach (var division in _divisions)
        {
            var parent = _parents[division] ?? NearestByDigits(division);
            if (!parent.IsNone && !_parents.ContainsKey(parent))
            {
                throw new InvalidOperationException($"The parent {parent} of {division} is not in the key space.");
            }

            parentOf[division] = parent;
        }

        var depth = new Dictionary<DivisionCode, int>();
        int DepthOf(DivisionCode d)
        {
            if (depth.TryGetValue(d, out var known))
            {
                return known;
            }

            var steps = 0;
            for (var c = parentOf[d]; !c.IsNone; c = parentOf[c])
            {
                if (++steps > _divisions.Count)
                {
                    throw new InvalidOperationException($"The divisions above {d} form a cycle.");
                }
            }

            depth[d] = steps;
            return steps;
        }

        var ordered = _divisions.OrderBy(DepthOf).ThenBy(d => d).ToArray();
        var index = ordered.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var divisionParents = ordered.Select(d => parentOf[d].IsNone ? -1 : index[parentOf[d]]).ToArray();

        var topics = new List<string> { string.Empty };
        topics.AddRange(_themes);
        topics.AddRange(_focusAreas.Select(f => f.Code));
        var topicParents = new List<int> { -1 };
        topicParents.AddRange(_themes.Select(_ => RollupKeySpace.AllTopics));
        topicParents.AddRange(_focusAreas.Select(f => 1 + _themes.IndexOf(f.Theme)));

        var months = RollupKeySpace.MonthsBetween(_first.Value, _last.Value) + 1;
        if (topics.Count > RollupRecord.MaxSmallKey || months > RollupRecord.MaxSmallKey || _measures.Count > RollupRecord.MaxSmallKey)
        {
            throw new InvalidOperationException($"A roll-up key space holds at most {RollupRecord.MaxSmallKey} topics, months and measures each.");
        }

        var periods = 1 + (_last.Value.Year - _first.Value.Year + 1) + ((RollupKeySpace.MonthsBetween(_first.Value, _last.Value) / 3) + 2) + months;
        if ((long)ordered.Length * topics.Count * periods * _measures.Count >= RollupKeySpace.MaxCells)
        {
            throw new InvalidOperationException($"A roll-up key space holds fewer than {RollupKeySpace.MaxCells} cells (divisions × topics × periods × measures).");
        }

        return new RollupKeySpace(ordered, divisionParents, [.. topics], [.. topicParents], _first.Value, months, [.. _measures]);
    }

    private void AddDivisionCore(DivisionCode division, DivisionCode? parent)
    {
        Guard.Against.InvalidInput(division, nameof(division), d => !d.IsNone, "A division code is required.");
        Guard.Against.InvalidInput(division, nameof(division), d => !_parents.ContainsKey(d), "The division is already in the key space.");
        _parents.Add(division, parent);
        _divisions.Add(division);
    }

    private DivisionCode NearestByDigits(DivisionCode division)
    {
        for (var c = division.ParentByDigits; !c.IsNone; c = c.ParentByDigits)
        {
            if (_parents.ContainsKey(c))
            {
                return c;
            }
        }

        return DivisionCode.None;
    }
}
