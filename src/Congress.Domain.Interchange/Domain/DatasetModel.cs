using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Deputies;
using Congress.Domain.Divisions;
using Congress.Domain.Figures;
using Congress.Domain.Rules;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using NodaTime;

namespace Congress.Domain.Interchange.Domain;

/// <summary>
/// The domain view of an imported dataset (数据集的领域模型): the division hierarchy, the people's congresses, the
/// mandate register, the homes and stations with their life cycles, the standards profiles, their adoptions and the
/// evidence files, and the assignments (进家入站), built from a <see cref="DatasetDto"/> by the core's own types and
/// commands, so that every domain rule applies.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once built. Equality is by reference. Build it with <see cref="Build"/>: what a rule refuses
/// while mapping is left out of the model and reported as a violation, never thrown.
/// </remarks>
public sealed partial class DatasetModel
{
    private DatasetModel(
        DatasetDto dataset,
        DivisionHierarchy divisions,
        ImmutableDictionary<CongressKey, PeoplesCongress> congresses,
        MandateRegister mandates,
        ImmutableArray<LiaisonPoint> points,
        ImmutableArray<StandardsProfile> profiles,
        ProfileAdoptions adoptions,
        ImmutableDictionary<string, EvidenceFile> evidence,
        AssignmentRegister assignments)
    {
        Dataset = dataset;
        Divisions = divisions;
        Congresses = congresses;
        Mandates = mandates;
        LiaisonPoints = points;
        Profiles = profiles;
        Adoptions = adoptions;
        Evidence = evidence;
        Assignments = assignments;
        Tree = new DivisionHierarchyTree(divisions);
    }

    /// <summary>The dataset the model was built from.</summary>
    public DatasetDto Dataset { get; }

    /// <summary>The division hierarchy (行政区划), built with <see cref="DivisionHierarchyBuilder"/>; empty when its rules refused it.</summary>
    public DivisionHierarchy Divisions { get; }

    /// <summary>The hierarchy as the tree the stations' and standards' rules walk.</summary>
    public IDivisionTree Tree { get; }

    /// <summary>The people's congresses (人民代表大会) with their terms, by key.</summary>
    public ImmutableDictionary<CongressKey, PeoplesCongress> Congresses { get; }

    /// <summary>The mandates (代表资格) the register accepted.</summary>
    public MandateRegister Mandates { get; }

    /// <summary>The homes and stations (代表之家、代表联络站) with their life cycles.</summary>
    public ImmutableArray<LiaisonPoint> LiaisonPoints { get; }

    /// <summary>The standards profiles of the dataset, mapped onto the built-in ones where they are the same.</summary>
    public ImmutableArray<StandardsProfile> Profiles { get; }

    /// <summary>Which district adopted which profile from when.</summary>
    public ProfileAdoptions Adoptions { get; }

    /// <summary>The evidence file of each home or station, by its id (a station without evidence has an empty file).</summary>
    public ImmutableDictionary<string, EvidenceFile> Evidence { get; }

    /// <summary>The assignments of deputies to homes and stations (进家入站).</summary>
    public AssignmentRegister Assignments { get; }

    /// <summary>Whether the dataset records assignments at all (a dataset without any does not speak of 进家入站).</summary>
    public bool RecordsAssignments => Dataset.Assignments.Count > 0;

    /// <summary>The county-level division (区、县、县级市) a division lies in, or is; <see cref="DivisionCode.None"/> when there is none in the hierarchy.</summary>
    /// <param name="code">A division code.</param>
    /// <returns>The county-level division.</returns>
    public DivisionCode CountyOf(DivisionCode code)
    {
        if (Divisions.Find(code) is not { } division)
        {
            return DivisionCode.None;
        }

        return IsCounty(division.Kind) ? code : Divisions.Ancestors(code).FirstOrDefault(a => IsCounty(a.Kind))?.Code ?? DivisionCode.None;
    }

    /// <summary>
    /// Maps a dataset onto the domain and returns the model with every violation a domain rule reported while mapping
    /// (divisions, congress terms, mandates, life cycles, adoptions, assignments). A rule failure is never an exception.
    /// </summary>
    /// <param name="dto">An imported dataset (one <see cref="DatasetReader"/> accepted).</param>
    /// <param name="ruleSet">The rule set: disabled codes drop out, a host's rules for <see cref="DatasetDto"/> run; <see cref="RuleSet.Default"/> when null.</param>
    /// <returns>The model and the violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dto"/> is null.</exception>
    public static DatasetModelBuild Build(DatasetDto dto, RuleSet? ruleSet = null) => BuildOn(dto, ruleSet, DateClock.EndOfTime);

    /// <summary>Builds the model; suggestions are replayed against <paramref name="clock"/> (what is after its today is reported).</summary>
    internal static DatasetModelBuild BuildOn(DatasetDto dto, RuleSet? ruleSet, IClock clock)
    {
        Guard.Against.Null(dto);
        var rules = ruleSet ?? RuleSet.Default;
        var violations = new List<RuleViolation>();

        var divisions = BuildDivisions(dto, violations);
        var congresses = BuildCongresses(dto, divisions, violations);
        var mandates = BuildMandates(dto, divisions, congresses, violations);
        var byDeputy = mandates.Mandates.ToLookup(m => m.Deputy.Value, StringComparer.Ordinal);
        var points = BuildPoints(dto, violations);
        var profiles = dto.Profiles.Select(MapProfile).ToImmutableArray();
        var tree = new DivisionHierarchyTree(divisions);
        var adoptions = BuildAdoptions(dto, profiles, violations);
        var codeMaps = new Dictionary<StandardsProfile, Dictionary<string, string>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < profiles.Length; i++)
        {
            codeMaps.TryAdd(profiles[i], CodeMap(dto.Profiles[i], profiles[i]));
        }

        var evidence = BuildEvidence(dto, points, adoptions, codeMaps, tree);
        var pointById = points.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var assignments = BuildAssignments(dto, byDeputy, pointById, tree, violations);

        var campaigns = BuildCampaigns(dto, violations);
        var model = new DatasetModel(dto, divisions, congresses, mandates, points, profiles, adoptions, evidence, assignments)
        {
            Campaigns = campaigns,
            Activities = BuildActivities(dto, campaigns, violations),
            ActivityCampaigns = dto.Activities.Where(a => a.Campaign is not null).GroupBy(a => a.Id, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First().Campaign!, StringComparer.Ordinal),
            Suggestions = BuildSuggestions(dto, byDeputy, clock, violations),
        };
        return new DatasetModelBuild(model, rules.Apply(dto, violations.Distinct()));
    }

    /// <summary>The built-in profile the dataset's profile is the same as, or a host profile built from it.</summary>
    /// <param name="profile">A profile of the dataset.</param>
    /// <returns>The domain profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static StandardsProfile MapProfile(ProfileDto profile)
    {
        Guard.Against.Null(profile);
        var criteria = profile.Criteria.Select(c => new Criterion(
            c.Code,
            c.Zh,
            c.En ?? c.Zh,
            c.Evidence ?? c.Zh,
            c.Evidence ?? c.En ?? c.Zh,
            c.ValidForDays is { } days ? Period.FromDays(days) : null)).ToArray();

        // The same profile: the same criteria, by their Chinese names in order, with the same validity.
        foreach (var builtIn in StandardsProfiles.BuiltIn)
        {
            if (SameCriteria(builtIn, criteria))
            {
                return builtIn;
            }
        }

        var version = int.TryParse(profile.Version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 ? v : 1;
        return new StandardsProfile(HostName(profile.Name), version, profile.Name, profile.Name, criteria);
    }

    /// <summary>The domain name of a profile of the dataset (its name and version).</summary>
    internal static string ProfileKey(string name, string version) => name + "\u0001" + version;

    // A profile name is a slug (lower-case letters, digits, hyphens): the name's ASCII letters and digits and a hash of the whole name.
    private static string HostName(string name)
    {
        var ascii = new string(name.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray());
        var words = string.Join('-', ascii.Split('-', StringSplitOptions.RemoveEmptyEntries));
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)), 0, 4).ToLowerInvariant();
        return words.Length == 0 ? $"dataset-{hash}" : $"dataset-{words}-{hash}";
    }

    private static bool SameCriteria(StandardsProfile builtIn, Criterion[] criteria) =>
        builtIn.Criteria.Count == criteria.Length
        && builtIn.Criteria.Zip(criteria).All(p => p.First.NameZh == p.Second.NameZh && p.First.Validity == p.Second.Validity);

    // The dataset's criterion code → the domain profile's code (they differ where a built-in profile names the same item otherwise).
    private static Dictionary<string, string> CodeMap(ProfileDto dto, StandardsProfile profile)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dto.Criteria.Count && i < profile.Criteria.Count; i++)
        {
            map.TryAdd(dto.Criteria[i].Code, profile.Criteria[i].Code);
        }

        return map;
    }

    private static DivisionHierarchy BuildDivisions(DatasetDto dto, List<RuleViolation> violations)
    {
        var list = new List<Division>();
        foreach (var d in dto.Divisions)
        {
            if (!DivisionCode.TryParse(d.Code, out var code))
            {
                continue; // the reader refuses such a dataset; a model built from an unchecked one skips the item
            }

            var parent = d.Parent is not null && DivisionCode.TryParse(d.Parent, out var p) ? p : DivisionCode.None;
            var managed = d.ManagedBy is not null && DivisionCode.TryParse(d.ManagedBy, out var m) ? m : DivisionCode.None;
            try
            {
                list.Add(new Division(code, d.Name, MapKind(d.Kind), parent, managed));
            }
            catch (ArgumentException ex)
            {
                violations.Add(Refused($"divisions[{d.Code}]", ex));
            }
        }

        var built = new DivisionHierarchyBuilder().AddRange(list).Build();
        violations.AddRange(built.Violations);
        return built.Hierarchy ?? DivisionHierarchy.Create([]);
    }

    private static ImmutableDictionary<CongressKey, PeoplesCongress> BuildCongresses(DatasetDto dto, DivisionHierarchy divisions, List<RuleViolation> violations)
    {
        var result = ImmutableDictionary.CreateBuilder<CongressKey, PeoplesCongress>();
        foreach (var c in dto.Congresses)
        {
            if (!DivisionCode.TryParse(c.Division, out var code) || divisions.Find(code) is not { } division)
            {
                continue;
            }

            var has = CongressRules.CheckHasCongress(division, c.Level);
            if (has.Count > 0)
            {
                violations.AddRange(has);
                continue;
            }

            var congress = PeoplesCongress.Of(division);
            foreach (var t in c.Terms.OrderBy(t => t.Number))
            {
                var end = t.End ?? t.Start.PlusYears(5).PlusDays(-1);
                if (!TryCreate(() => new CongressTerm(t.Number, new DateInterval(t.Start, end)), $"congresses[{c.Division}/{c.Level}].terms[{t.Number}]", violations, out var term))
                {
                    continue;
                }

                var change = congress.WithTerm(term);
                violations.AddRange(change.Violations);
                congress = change.Congress;
            }

            result[congress.Key] = congress;
        }

        return result.ToImmutable();
    }

    private static MandateRegister BuildMandates(DatasetDto dto, DivisionHierarchy divisions, ImmutableDictionary<CongressKey, PeoplesCongress> congresses, List<RuleViolation> violations)
    {
        // The mandates go into the register in one batch (linear in their number); the violations keep the order a
        // mandate-by-mandate load gives: each mapping failure, or each refusal followed by the term check, in input order.
        var candidates = new List<(Mandate Mandate, PeoplesCongress? Congress)>();
        var entries = new List<(int Candidate, List<RuleViolation>? Failure)>();
        foreach (var deputy in dto.Deputies)
        {
            foreach (var m in deputy.Mandates)
            {
                if (!DivisionCode.TryParse(m.Congress.Division, out var division))
                {
                    continue;
                }

                var key = new CongressKey(division, m.Congress.Level);
                var term = congresses.TryGetValue(key, out var congress) ? congress.Term(m.Term) : null;
                var start = m.Start ?? term?.Interval.Start;
                if (start is null)
                {
                    continue; // no date to hold the mandate on: the reader reports the missing term
                }

                var source = m.ElectingCongress is null ? MandateSource.ElectoralDistrict : MandateSource.ElectingCongress;
                var electedIn = m.ElectingCongress is { } ec && DivisionCode.TryParse(ec.Division, out var e) ? e : division;
                var stationed = m.StationedIn is not null && DivisionCode.TryParse(m.StationedIn, out var s) ? s : DivisionCode.None;
                var failure = new List<RuleViolation>();
                if (!TryCreate(() => new Mandate(new DeputyId(deputy.Id), key, m.Term, source, electedIn, start.Value, m.End, MapEndReason(m.EndReason), stationed, m.ElectoralDistrict), $"deputies[{deputy.Id}]", failure, out var mandate))
                {
                    entries.Add((-1, failure));
                    continue;
                }

                entries.Add((candidates.Count, null));
                candidates.Add((mandate, congress));
            }
        }

        var batch = MandateRegister.Empty.AddRange(candidates.Select(c => c.Mandate));
        var refused = batch.Refused.ToDictionary(r => r.Index);
        foreach (var (candidate, failure) in entries)
        {
            if (failure is not null)
            {
                violations.AddRange(failure);
                continue;
            }

            if (refused.TryGetValue(candidate, out var refusal))
            {
                violations.AddRange(refusal.Violations);
            }

            if (candidates[candidate].Congress is { } congress)
            {
                violations.AddRange(MandateRules.CheckWithinTerm(candidates[candidate].Mandate, congress));
            }
        }

        var register = batch.Register;
        violations.AddRange(register.Validate(divisions));
        return register;
    }

    private static ImmutableArray<LiaisonPoint> BuildPoints(DatasetDto dto, List<RuleViolation> violations)
    {
        var points = ImmutableArray.CreateBuilder<LiaisonPoint>();
        var asOf = dto.Provenance?.AsOf;
        foreach (var s in dto.Stations)
        {
            if (!DivisionCode.TryParse(s.Division, out var served))
            {
                continue;
            }

            var events = s.Lifecycle.Count == 0
                ? asOf is { } known ? [new StageChange(LifeCycleStage.Operational, known)] : []
                : s.Lifecycle.Select(e => new StageChange(MapStage(e.State), e.Date)).ToArray();
            if (events.Length == 0)
            {
                violations.Add(DatasetModelRules.StageKnown.Violation($"stations[{s.Id}]", s.Name));
                continue;
            }

            var investment = s.Invested is { } yuan ? Quantity.Exact(yuan, Unit.Yuan) : (Quantity?)null;
            var kind = s.Kind == StationKindDto.Home ? LiaisonPointKind.Home : LiaisonPointKind.Station;
            if (!TryCreate(() => new LiaisonPoint(s.Id, s.Name, kind, MapSponsor(s.Sponsor), served, MapIndustry(s.Industry), events[0], investment), $"stations[{s.Id}]", violations, out var point))
            {
                continue;
            }

            foreach (var change in events.Skip(1))
            {
                var advanced = point.Advance(change.Stage, change.On);
                violations.AddRange(advanced.Violations);
                point = advanced.Value;
            }

            points.Add(point);
        }

        return points.ToImmutable();
    }

    private static ProfileAdoptions BuildAdoptions(DatasetDto dto, ImmutableArray<StandardsProfile> profiles, List<RuleViolation> violations)
    {
        var byKey = new Dictionary<string, StandardsProfile>(StringComparer.Ordinal);
        for (var i = 0; i < dto.Profiles.Count; i++)
        {
            byKey.TryAdd(ProfileKey(dto.Profiles[i].Name, dto.Profiles[i].Version), profiles[i]);
        }

        var adoptions = ProfileAdoptions.Empty;
        foreach (var a in dto.Adoptions)
        {
            if (!DivisionCode.TryParse(a.District, out var district) || !byKey.TryGetValue(ProfileKey(a.Profile, a.Version), out var profile))
            {
                continue;
            }

            var change = adoptions.Adopt(new ProfileAdoption(district, profile, a.From));
            violations.AddRange(change.Violations);
            adoptions = change.Value;
        }

        return adoptions;
    }

    private static ImmutableDictionary<string, EvidenceFile> BuildEvidence(DatasetDto dto, ImmutableArray<LiaisonPoint> points, ProfileAdoptions adoptions, Dictionary<StandardsProfile, Dictionary<string, string>> codeMaps, IDivisionTree tree)
    {
        var byStation = dto.Evidence.ToLookup(e => e.Station, StringComparer.Ordinal);
        return points.ToImmutableDictionary(
            p => p.Id,
            p => EvidenceFile.Of(byStation[p.Id].Select(e => new Standards.Evidence(
                DomainCode(e, p, adoptions, codeMaps, tree),
                e.Date,
                OrElse(e.Note, e.Criterion),
                OrElse(e.By, "—"),
                OrElse(e.Reference, p.Id + "/" + e.Criterion),
                e.Note))),
            StringComparer.Ordinal);
    }

    // Evidence names a criterion of the profile the station's district had adopted on the evidence's date.
    private static string DomainCode(EvidenceDto e, LiaisonPoint point, ProfileAdoptions adoptions, Dictionary<StandardsProfile, Dictionary<string, string>> codeMaps, IDivisionTree tree) =>
        adoptions.ProfileOn(point.ServedDivision, e.Date, tree) is { } profile
        && codeMaps.TryGetValue(profile, out var map) && map.TryGetValue(e.Criterion, out var code)
            ? code
            : e.Criterion;

    private static AssignmentRegister BuildAssignments(DatasetDto dto, ILookup<string, Mandate> mandates, Dictionary<string, LiaisonPoint> points, IDivisionTree tree, List<RuleViolation> violations)
    {
        // One mutable builder for the whole load: the same answers as a chain of register changes, in linear time.
        var register = AssignmentRegister.Empty.ToBuilder();
        foreach (var a in dto.Assignments.OrderBy(a => a.From))
        {
            if (!points.TryGetValue(a.Station, out var point))
            {
                continue;
            }

            // The mandate the deputy holds on the day; failing one, the latest before it (CD-ASG-007 then says why).
            var held = mandates[a.Deputy].Where(m => m.Start <= a.From).OrderByDescending(m => m.IsActiveOn(a.From)).ThenByDescending(m => m.Start).FirstOrDefault()
                ?? mandates[a.Deputy].OrderBy(m => m.Start).FirstOrDefault();
            if (held is null)
            {
                continue;
            }

            var refused = register.AssignUnder(held, point, a.From, tree);
            violations.AddRange(refused);
            if (refused.Count == 0 && a.To is { } to)
            {
                violations.AddRange(register.End(held.Deputy, to));
            }
        }

        return register.ToRegister();
    }

    private static string OrElse(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    // Creates a domain value; what its constructor refuses (an ArgumentException before anything is built) becomes CD-DST-001.
    private static bool TryCreate<T>(Func<T> create, string subject, List<RuleViolation> violations, [NotNullWhen(true)] out T? value)
        where T : class
    {
        try
        {
            value = create();
            return true;
        }
        catch (ArgumentException ex)
        {
            violations.Add(Refused(subject, ex));
            value = null;
            return false;
        }
    }

    private static RuleViolation Refused(string subject, ArgumentException ex) =>
        DatasetModelRules.ItemAccepted.Violation(subject, subject, ex.Message.Split(" (Parameter", 2)[0]);

    private static bool IsCounty(DivisionKind kind) => kind is DivisionKind.District or DivisionKind.County or DivisionKind.CountyLevelCity;

    private static DivisionKind MapKind(DivisionKindDto kind) => kind switch
    {
        DivisionKindDto.Province => DivisionKind.Province,
        DivisionKindDto.Prefecture => DivisionKind.PrefectureCity,
        DivisionKindDto.District => DivisionKind.District,
        DivisionKindDto.County => DivisionKind.County,
        DivisionKindDto.CountyCity => DivisionKind.CountyLevelCity,
        DivisionKindDto.Town => DivisionKind.Town,
        DivisionKindDto.Township => DivisionKind.Township,
        DivisionKindDto.EthnicTownship => DivisionKind.EthnicTownship,
        DivisionKindDto.Subdistrict => DivisionKind.SubDistrict,
        DivisionKindDto.Office => DivisionKind.SubDistrictOffice,
        DivisionKindDto.FunctionalZone => DivisionKind.FunctionalZone,
        DivisionKindDto.Village => DivisionKind.Village,
        _ => DivisionKind.Community,
    };

    private static MandateEndReason? MapEndReason(MandateEndReasonDto? reason) => reason switch
    {
        MandateEndReasonDto.Resigned => MandateEndReason.Resignation,
        MandateEndReasonDto.Recalled => MandateEndReason.Recall,
        MandateEndReasonDto.Died => MandateEndReason.Death,
        MandateEndReasonDto.MovedAway => MandateEndReason.MovedAway,
        MandateEndReasonDto.Other => MandateEndReason.Other,
        _ => null,
    };

    private static LifeCycleStage MapStage(StationStateDto state) => state switch
    {
        StationStateDto.Planned => LifeCycleStage.Planned,
        StationStateDto.UnderConstruction => LifeCycleStage.UnderConstruction,
        StationStateDto.Operational => LifeCycleStage.Operational,
        StationStateDto.Upgraded => LifeCycleStage.Upgraded,
        _ => LifeCycleStage.Closed,
    };

    private static Sponsor MapSponsor(StationSponsorDto sponsor) => sponsor switch
    {
        StationSponsorDto.District => Sponsor.DistrictRun,
        StationSponsorDto.Township => Sponsor.TownshipRun,
        StationSponsorDto.Industry => Sponsor.Industry,
        StationSponsorDto.Enterprise => Sponsor.Enterprise,
        _ => Sponsor.Village, // a community (社区) station is the urban village-level one
    };

    private static Industry? MapIndustry(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        Industry[] builtIn = [Industry.ElectricalEquipment, Industry.HouseholdPaper, Industry.Food, Industry.NurseryStock, Industry.HighEndEquipment];
        return builtIn.FirstOrDefault(i => i.NameZh == name || i.Code == name || name.StartsWith(i.NameZh, StringComparison.Ordinal))
            ?? new Industry(name, name, name);
    }
}

/// <summary>A <see cref="DatasetModel"/> and the violations found while building it.</summary>
/// <param name="Model">The model: what the rules refused is left out.</param>
/// <param name="Violations">Every violation, each naming its object.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DatasetModelBuild(DatasetModel Model, IReadOnlyList<RuleViolation> Violations);
