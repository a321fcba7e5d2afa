using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;

namespace Congress.Domain.Interchange;

/// <summary>
/// The semantic checks of an import (语义检查): format version, division codes, references, duplicate keys and values.
/// Each finding is a problem with the JSON path of the offending property; positions are added by the reader.
/// </summary>
internal sealed class DatasetValidator
{
    private readonly List<(string Code, At Path, string Message)> _problems = [];
    private readonly DatasetDto _d;
    private readonly Dictionary<string, DivisionDto> _divisions;
    private readonly Dictionary<(string, CongressLevel), CongressDto> _congresses;
    private readonly HashSet<string> _deputies;
    private readonly Dictionary<string, StationDto> _stations;
    private readonly Dictionary<(string, string), ProfileDto> _profiles = [];
    private readonly Dictionary<string, CampaignDto> _campaigns;
    private readonly Dictionary<string, List<AdoptionDto>> _adoptions;

    // The indexes are sized from the dataset up front: growing a table of millions of entries by doubling allocates
    // large arrays again and again while the whole dataset is live, and at national scale that costs more than the checks.
    private DatasetValidator(DatasetDto dataset)
    {
        _d = dataset;
        _divisions = new(dataset.Divisions.Count, StringComparer.Ordinal);
        _congresses = new(dataset.Congresses.Count);
        _deputies = new(dataset.Deputies.Count, StringComparer.Ordinal);
        _stations = new(dataset.Stations.Count, StringComparer.Ordinal);
        _campaigns = new(dataset.Campaigns.Count, StringComparer.Ordinal);
        _adoptions = new(dataset.Adoptions.Count, StringComparer.Ordinal);
    }

    /// <summary>Checks a dataset, calling <paramref name="progress"/> once per section.</summary>
    public static List<(string Code, At Path, string Message)> Check(DatasetDto dataset, Action<int>? progress = null)
    {
        var v = new DatasetValidator(dataset);
        Action[] sections =
        [
            v.Version, v.Divisions, v.Congresses, v.Deputies, v.Stations, v.Profiles, v.Adoptions, v.Evidence,
            v.Assignments, v.Campaigns, v.Activities, v.Suggestions,
        ];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i]();
            progress?.Invoke(i + 1);
        }

        return v._problems;
    }

    /// <summary>The number of sections <see cref="Check"/> reports progress for.</summary>
    public const int SectionCount = 12;

    /// <summary>A JSON path, built only when a problem is reported: <c>$.section[index].inner[innerIndex].field</c>.</summary>
    internal readonly record struct At(string Section, int Index = -1, string? Inner = null, int InnerIndex = -1, string? Leaf = null)
    {
        public At Field(string name) => this with { Leaf = name };

        public At In(string inner, int index) => this with { Inner = inner, InnerIndex = index };

        public override string ToString()
        {
            var sb = new System.Text.StringBuilder("$.").Append(Section);
            if (Index >= 0)
            {
                sb.Append('[').Append(Index).Append(']');
            }

            if (Inner is not null)
            {
                sb.Append('.').Append(Inner).Append('[').Append(InnerIndex).Append(']');
            }

            return (Leaf is null ? sb : sb.Append('.').Append(Leaf)).ToString();
        }
    }

    private void Add(string code, At path, string message) => _problems.Add((code, path, message));

    private bool Required(string? value, At path, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add("missing", path, $"{what} is required and must not be empty.");
            return false;
        }

        return true;
    }

    private void Version()
    {
        if (_d.FormatVersion != DatasetDto.CurrentFormatVersion)
        {
            Add("version", new At("formatVersion"), $"Unknown formatVersion '{_d.FormatVersion}'; this reader knows '{DatasetDto.CurrentFormatVersion}'.");
        }
    }

    private void Divisions()
    {
        for (var i = 0; i < _d.Divisions.Count; i++)
        {
            var x = _d.Divisions[i];
            var p = new At("divisions", i);
            Required(x.Name, p.Field("name"), "A division's name");
            if (!Required(x.Code, p.Field("code"), "A division's code"))
            {
                continue;
            }

            if (!DivisionCode.TryParse(x.Code, out var code) || code.ToString() != x.Code)
            {
                Add("division", p.Field("code"), $"'{x.Code}' is not a division code in its shortest form (6, 9 or 12 digits, province 11-82).");
            }
            else if (!_divisions.TryAdd(x.Code, x))
            {
                Add("duplicate", p.Field("code"), $"Division '{x.Code}' appears twice.");
            }
        }

        for (var i = 0; i < _d.Divisions.Count; i++)
        {
            var x = _d.Divisions[i];
            var p = new At("divisions", i);
            if (x.Parent is not null)
            {
                if (!_divisions.ContainsKey(x.Parent))
                {
                    Add("division", p.Field("parent"), $"Parent division '{x.Parent}' is not in the dataset.");
                }
                else if (DivisionCode.TryParse(x.Code, out var code) && DivisionCode.TryParse(x.Parent, out var parent) &&
                    (code == parent || !code.IsWithinByDigits(parent)))
                {
                    Add("division", p.Field("parent"), $"Division '{x.Code}' does not lie within its parent '{x.Parent}' by its digits.");
                }
            }

            if (x.ManagedBy is not null && !_divisions.ContainsKey(x.ManagedBy))
            {
                Add("division", p.Field("managedBy"), $"Managing division '{x.ManagedBy}' is not in the dataset.");
            }
        }
    }

    private void Division(string? code, At path, string what)
    {
        if (Required(code, path, what) && !_divisions.ContainsKey(code!))
        {
            Add("division", path, $"{what} '{code}' is not in the dataset's divisions.");
        }
    }

    private CongressDto? Congress(CongressRefDto? r, At path)
    {
        if (r is null)
        {
            Add("missing", path, "A congress reference is required.");
            return null;
        }

        if (r.Division is null || !_congresses.TryGetValue((r.Division, r.Level), out var congress))
        {
            Add("reference", path, $"There is no {r.Level} congress of division '{r.Division}' in the dataset.");
            return null;
        }

        return congress;
    }

    private void Congresses()
    {
        for (var i = 0; i < _d.Congresses.Count; i++)
        {
            var x = _d.Congresses[i];
            var p = new At("congresses", i);
            Division(x.Division, p.Field("division"), "The congress's division");
            if (x.Division is not null && !_congresses.TryAdd((x.Division, x.Level), x))
            {
                Add("duplicate", p, $"The {x.Level} congress of '{x.Division}' appears twice.");
            }

            var numbers = new HashSet<int>();
            for (var t = 0; t < x.Terms.Count; t++)
            {
                var term = x.Terms[t];
                if (term.Number < 1 || !numbers.Add(term.Number))
                {
                    Add(term.Number < 1 ? "value" : "duplicate", p.In("terms", t).Field("number"), $"Term number {term.Number} is not positive or appears twice.");
                }

                if (term.End is { } end && end < term.Start)
                {
                    Add("value", p.In("terms", t).Field("end"), "A term ends before it starts.");
                }
            }
        }
    }

    private void Deputies()
    {
        for (var i = 0; i < _d.Deputies.Count; i++)
        {
            var x = _d.Deputies[i];
            var p = new At("deputies", i);
            if (Required(x.Id, p.Field("id"), "A deputy's id") && !_deputies.Add(x.Id))
            {
                Add("duplicate", p.Field("id"), $"Deputy '{x.Id}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(x.Name) && !x.Generated)
            {
                Add("missing", p.Field("name"), "A deputy has a name, or is marked generated: true.");
            }

            for (var m = 0; m < x.Mandates.Count; m++)
            {
                var mandate = x.Mandates[m];
                var mp = p.In("mandates", m);
                if (Congress(mandate.Congress, mp.Field("congress")) is { } congress && congress.Terms.Count > 0 &&
                    !congress.Terms.Any(t => t.Number == mandate.Term))
                {
                    Add("reference", mp.Field("term"), $"The {congress.Level} congress of '{congress.Division}' has no term {mandate.Term}.");
                }

                if (mandate.ElectingCongress is not null)
                {
                    Congress(mandate.ElectingCongress, mp.Field("electingCongress"));
                }

                if (mandate.StationedIn is not null)
                {
                    Division(mandate.StationedIn, mp.Field("stationedIn"), "The division the deputy is stationed in");
                }

                if (mandate.Start is { } s && mandate.End is { } e && e < s)
                {
                    Add("value", mp.Field("end"), "A mandate ends before it starts.");
                }
            }
        }
    }

    private void Stations()
    {
        for (var i = 0; i < _d.Stations.Count; i++)
        {
            var x = _d.Stations[i];
            var p = new At("stations", i);
            if (Required(x.Id, p.Field("id"), "A station's id") && !_stations.TryAdd(x.Id, x))
            {
                Add("duplicate", p.Field("id"), $"Station '{x.Id}' appears twice.");
            }

            Required(x.Name, p.Field("name"), "A station's name");
            Division(x.Division, p.Field("division"), "The station's division");
            if (x.Invested < 0)
            {
                Add("value", p.Field("invested"), "Money invested cannot be negative.");
            }

            for (var e = 1; e < x.Lifecycle.Count; e++)
            {
                if (x.Lifecycle[e].Date < x.Lifecycle[e - 1].Date)
                {
                    Add("value", p.In("lifecycle", e).Field("date"), "Life-cycle events are in date order.");
                }
            }
        }
    }

    private void Profiles()
    {
        for (var i = 0; i < _d.Profiles.Count; i++)
        {
            var x = _d.Profiles[i];
            var p = new At("profiles", i);
            if (Required(x.Name, p.Field("name"), "A profile's name") & Required(x.Version, p.Field("version"), "A profile's version") &&
                !_profiles.TryAdd((x.Name, x.Version), x))
            {
                Add("duplicate", p, $"Profile '{x.Name}' version '{x.Version}' appears twice.");
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < x.Criteria.Count; c++)
            {
                var criterion = x.Criteria[c];
                if (Required(criterion.Code, p.In("criteria", c).Field("code"), "A criterion's code") && !codes.Add(criterion.Code))
                {
                    Add("duplicate", p.In("criteria", c).Field("code"), $"Criterion '{criterion.Code}' appears twice in the profile.");
                }

                Required(criterion.Zh, p.In("criteria", c).Field("zh"), "A criterion's Chinese wording");
                if (criterion.ValidForDays is < 1)
                {
                    Add("value", p.In("criteria", c).Field("validForDays"), "validForDays is positive.");
                }
            }
        }
    }

    private void Adoptions()
    {
        for (var i = 0; i < _d.Adoptions.Count; i++)
        {
            var x = _d.Adoptions[i];
            var p = new At("adoptions", i);
            Division(x.District, p.Field("district"), "The adopting district");
            if (x.District is not null)
            {
                if (!_adoptions.TryGetValue(x.District, out var list))
                {
                    _adoptions[x.District] = list = [];
                }

                list.Add(x);
            }

            if (x.Profile is null || x.Version is null || !_profiles.ContainsKey((x.Profile, x.Version)))
            {
                Add("reference", p.Field("profile"), $"There is no profile '{x.Profile}' version '{x.Version}'.");
            }
        }
    }

    /// <summary>The profile adopted, on a date, by the nearest division at or above <paramref name="division"/>.</summary>
    private ProfileDto? AdoptedProfile(string division, NodaTime.LocalDate date)
    {
        for (var code = division; code is not null && _divisions.TryGetValue(code, out var d); code = d.Parent)
        {
            var adoption = _adoptions.TryGetValue(code, out var list) ? list.Where(a => a.From <= date).MaxBy(a => a.From) : null;
            if (adoption is not null && _profiles.TryGetValue((adoption.Profile, adoption.Version), out var profile))
            {
                return profile;
            }
        }

        return null;
    }

    private void Evidence()
    {
        for (var i = 0; i < _d.Evidence.Count; i++)
        {
            var x = _d.Evidence[i];
            var p = new At("evidence", i);
            if (x.Station is null || !_stations.TryGetValue(x.Station, out var station))
            {
                Add("reference", p.Field("station"), $"Station '{x.Station}' is not in the dataset.");
                continue;
            }

            var profile = AdoptedProfile(station.Division, x.Date);
            if (profile is null)
            {
                Add("reference", p.Field("criterion"), $"No district above station '{x.Station}' had adopted a profile on {x.Date:yyyy-MM-dd}.");
            }
            else if (!profile.Criteria.Any(c => c.Code == x.Criterion))
            {
                Add("reference", p.Field("criterion"), $"Profile '{profile.Name}' version '{profile.Version}' has no criterion '{x.Criterion}'.");
            }
        }
    }

    private void Assignments()
    {
        for (var i = 0; i < _d.Assignments.Count; i++)
        {
            var x = _d.Assignments[i];
            var p = new At("assignments", i);
            if (x.Deputy is null || !_deputies.Contains(x.Deputy))
            {
                Add("reference", p.Field("deputy"), $"Deputy '{x.Deputy}' is not in the dataset.");
            }

            if (x.Station is null || !_stations.ContainsKey(x.Station))
            {
                Add("reference", p.Field("station"), $"Station '{x.Station}' is not in the dataset.");
            }

            if (x.To is { } to && to < x.From)
            {
                Add("value", p.Field("to"), "An assignment ends before it starts.");
            }
        }
    }

    private void Campaigns()
    {
        for (var i = 0; i < _d.Campaigns.Count; i++)
        {
            var x = _d.Campaigns[i];
            if (Required(x.Id, new At("campaigns", i).Field("id"), "A campaign's id") && !_campaigns.TryAdd(x.Id, x))
            {
                Add("duplicate", new At("campaigns", i).Field("id"), $"Campaign '{x.Id}' appears twice.");
            }
        }

        for (var i = 0; i < _d.Campaigns.Count; i++)
        {
            var x = _d.Campaigns[i];
            var p = new At("campaigns", i);
            Required(x.Name, p.Field("name"), "A campaign's name");
            Congress(x.Congress, p.Field("congress"));
            CampaignDto? parent = null;
            if (x.Parent is not null && (!_campaigns.TryGetValue(x.Parent, out parent) || x.Parent == x.Id))
            {
                Add("reference", p.Field("parent"), $"Parent campaign '{x.Parent}' is not in the dataset.");
                parent = null;
            }

            if (x.Period is { End: { } end } period && end < period.Start)
            {
                Add("value", p.Field("period.end"), "A campaign ends before it starts.");
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < x.FocusAreas.Count; f++)
            {
                var area = x.FocusAreas[f];
                var fp = p.In("focusAreas", f);
                if (Required(area.Code, fp.Field("code"), "A focus area's code") && !codes.Add(area.Code))
                {
                    Add("duplicate", fp.Field("code"), $"Focus area '{area.Code}' appears twice in the campaign.");
                }

                if (area.ParentTheme is not null && (parent is null || !parent.FocusAreas.Any(a => a.Code == area.ParentTheme)))
                {
                    Add("reference", fp.Field("parentTheme"), $"The parent campaign has no focus area '{area.ParentTheme}'.");
                }
            }
        }
    }

    private void Activities()
    {
        var ids = new HashSet<string>(_d.Activities.Count, StringComparer.Ordinal);
        for (var i = 0; i < _d.Activities.Count; i++)
        {
            var x = _d.Activities[i];
            var p = new At("activities", i);
            if (Required(x.Id, p.Field("id"), "An activity's id") && !ids.Add(x.Id))
            {
                Add("duplicate", p.Field("id"), $"Activity '{x.Id}' appears twice.");
            }

            Division(x.Division, p.Field("division"), "The activity's division");
            if (x.Station is not null && !_stations.ContainsKey(x.Station))
            {
                Add("reference", p.Field("station"), $"Station '{x.Station}' is not in the dataset.");
            }

            CampaignDto? campaign = null;
            if (x.Campaign is not null && !_campaigns.TryGetValue(x.Campaign, out campaign))
            {
                Add("reference", p.Field("campaign"), $"Campaign '{x.Campaign}' is not in the dataset.");
            }

            if (x.FocusArea is not null && (campaign is null || !campaign.FocusAreas.Any(a => a.Code == x.FocusArea)))
            {
                Add("reference", p.Field("focusArea"), $"Focus area '{x.FocusArea}' is not one of the activity's campaign's.");
            }

            for (var d = 0; d < x.Deputies.Count; d++)
            {
                if (x.Deputies[d] is not { } deputy || !_deputies.Contains(deputy))
                {
                    Add("reference", p.In("deputies", d), $"Deputy '{x.Deputies[d]}' is not in the dataset.");
                }
            }

            for (var m = 0; m < x.Measures.Count; m++)
            {
                var value = x.Measures[m];
                var mp = p.In("measures", m);
                if (value.Measure is null || !Measures.TryFind(value.Measure, out var measure))
                {
                    Add("reference", mp.Field("measure"), $"'{value.Measure}' is not a built-in measure code.");
                }
                else if (value.Unit is not null && value.Unit != measure.Unit.Word)
                {
                    Add("value", mp.Field("unit"), $"Measure '{measure.Code}' counts in '{measure.Unit.Word}', not '{value.Unit}'.");
                }

                if (value.Value < 0)
                {
                    Add("value", mp.Field("value"), "A figure cannot be negative.");
                }
            }
        }
    }

    private void Suggestions()
    {
        var ids = new HashSet<string>(_d.Suggestions.Count, StringComparer.Ordinal);
        for (var i = 0; i < _d.Suggestions.Count; i++)
        {
            var x = _d.Suggestions[i];
            var p = new At("suggestions", i);
            if (Required(x.Id, p.Field("id"), "A suggestion's id") && !ids.Add(x.Id))
            {
                Add("duplicate", p.Field("id"), $"Suggestion '{x.Id}' appears twice.");
            }

            if (x.RaisedBy is null || !_deputies.Contains(x.RaisedBy))
            {
                Add("reference", p.Field("raisedBy"), $"Deputy '{x.RaisedBy}' is not in the dataset.");
            }

            Required(x.Text, p.Field("text"), "A suggestion's text");
        }
    }
}
