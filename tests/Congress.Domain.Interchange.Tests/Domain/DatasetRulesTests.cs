using Congress.Domain.Interchange.Domain;
using Congress.Domain.Rules;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Interchange.Tests.Domain;

public sealed class DatasetRulesTests
{
    private static readonly LocalDate EndOfSeptember = new(2024, 9, 30);

    private static readonly Lazy<DatasetDto> Baoding = new(BaodingDataset.Load);

    [Fact]
    public void The_Baoding_dataset_maps_without_a_rule_violation()
    {
        var built = DatasetModel.Build(Baoding.Value);

        Assert.Empty(built.Violations);
        Assert.Equal(Baoding.Value.Divisions.Count, built.Model.Divisions.Count);
        Assert.Equal(1033, built.Model.Mandates.Count);
        Assert.Equal(Baoding.Value.Stations.Count, built.Model.LiaisonPoints.Length);
        Assert.False(built.Model.RecordsAssignments);
    }

    [Fact]
    public void The_seed_profiles_are_the_built_in_ones()
    {
        var model = DatasetModel.Build(Baoding.Value).Model;

        Assert.Same(StandardsProfiles.ManchengFiveHaves, model.Adoptions.ProfileOn(Divisions.DivisionCode.Parse("130607"), EndOfSeptember, model.Tree));
        Assert.Same(StandardsProfiles.QingyuanFourItems, model.Adoptions.ProfileOn(Divisions.DivisionCode.Parse("130608"), EndOfSeptember, model.Tree));
        Assert.Null(model.Adoptions.ProfileOn(Divisions.DivisionCode.Parse("130609"), EndOfSeptember, model.Tree));
    }

    [Fact]
    public void Manchengs_three_industry_homes_meet_five_haves_at_the_end_of_September()
    {
        var model = DatasetModel.Build(Baoding.Value).Model;
        var industry = model.LiaisonPoints.Where(p => p.Sponsor == Sponsor.Industry && p.ServedDivision.ToString().StartsWith("130607", StringComparison.Ordinal)).ToArray();

        Assert.Equal(3, industry.Length);
        Assert.All(industry, p => Assert.Empty(DatasetRules.CheckCompliance(model, p, EndOfSeptember)));
    }

    [Fact]
    public void On_the_Baoding_dataset_the_errors_are_homes_and_stations_without_evidence()
    {
        var validation = DatasetRules.Validate(Baoding.Value, EndOfSeptember);
        var errors = validation.Violations.Where(v => v.Severity == RuleSeverity.Error).ToArray();

        // 满城: 32 points in use, 3 evidenced, 29 × 5 items; 清苑: 25 in use × 4 items; 徐水: 21 × 5 items (the default 五有).
        Assert.Equal((29 * 5) + (25 * 4) + (21 * 5), errors.Length);
        Assert.All(errors, v => Assert.Equal(StandardsRules.CriterionHasEvidence.Code, v.Code));
        Assert.Equal(errors.Length, validation.Errors);
        Assert.False(validation.IsClean);
    }

    [Fact]
    public void On_the_Baoding_dataset_the_district_totals_name_no_participants_and_the_two_meetings_no_figures()
    {
        var validation = DatasetRules.Validate(Baoding.Value, EndOfSeptember);

        Assert.Equal(12, validation.Warnings);
        Assert.All(validation.Violations.Where(v => v.Severity == RuleSeverity.Warning), v => Assert.Equal("CD-ACT-005", v.Code));
        Assert.Equal(["qy-2024-04-10", "qy-2024-04-16"], validation.Violations.Where(v => v.Severity == RuleSeverity.Info).Select(v => v.Subject));
        Assert.All(validation.Violations.Where(v => v.Severity == RuleSeverity.Info), v => Assert.Equal("CD-ACT-006", v.Code));
    }

    [Fact]
    public void The_Baoding_campaigns_map_every_focus_area_onto_a_city_theme()
    {
        var model = DatasetModel.Build(Baoding.Value).Model;

        Assert.Equal(4, model.Campaigns.Count);
        Assert.All(model.Campaigns.Values, c => Assert.Equal(4, c.FocusAreas.Count));
        Assert.All(model.Campaigns.Values.SelectMany(c => c.FocusAreas), f => Assert.Contains(f.Theme, Campaigns.CityThemes.BuiltIn));
        Assert.Equal(Baoding.Value.Activities.Count, model.Activities.Length);
    }

    [Fact]
    public void A_focus_area_without_a_city_theme_is_CD_DST_003()
    {
        var city = Baoding.Value.Campaigns.Single(c => c.Parent is null);
        var odd = city with { FocusAreas = [.. city.FocusAreas, new FocusAreaDto("tourism", "文旅")] };
        var dto = Baoding.Value with { Campaigns = [.. Baoding.Value.Campaigns.Select(c => c == city ? odd : c)] };

        var violation = Assert.Single(DatasetModel.Build(dto).Violations);

        Assert.Equal(DatasetModelRules.FocusAreaHasTheme.Code, violation.Code);
        Assert.Equal($"campaigns[{city.Id}]", violation.Subject);
    }

    [Fact]
    public void An_activity_after_the_date_judged_is_CD_ACT_001()
    {
        var codes = DatasetRules.Validate(Baoding.Value, new LocalDate(2024, 5, 1)).Violations.Select(v => v.Code).ToHashSet();

        Assert.Contains("CD-ACT-001", codes);
        Assert.DoesNotContain("CD-ACT-001", DatasetRules.Validate(Baoding.Value, EndOfSeptember).Violations.Select(v => v.Code));
    }

    [Fact]
    public void A_suggestion_history_is_replayed_and_a_step_backwards_is_CD_SUG_003()
    {
        var deputy = Baoding.Value.Deputies[0].Id;
        var ok = new SuggestionDto("s-1", deputy, new LocalDate(2024, 3, 1), "修路", [
            new SuggestionStateDto(SuggestionStateKindDto.Compiled, new LocalDate(2024, 3, 2)),
            new SuggestionStateDto(SuggestionStateKindDto.Assigned, new LocalDate(2024, 3, 3), "交通局", new LocalDate(2024, 4, 3)),
            new SuggestionStateDto(SuggestionStateKindDto.Handled, new LocalDate(2024, 3, 20)),
            new SuggestionStateDto(SuggestionStateKindDto.Answered, new LocalDate(2024, 3, 25), Answer: "已修")]);
        var late = ok with { Id = "s-2", History = [new SuggestionStateDto(SuggestionStateKindDto.Compiled, new LocalDate(2024, 2, 1))] };

        var built = DatasetModel.Build(Baoding.Value with { Suggestions = [ok, late] });

        Assert.Equal(2, built.Model.Suggestions.Length);
        Assert.True(built.Model.Suggestions[0].IsAnsweredBy(new LocalDate(2024, 3, 25)));
        var violation = Assert.Single(built.Violations);
        Assert.Equal("CD-SUG-003", violation.Code);
    }

    [Fact]
    public void Violations_name_their_object_and_come_sorted()
    {
        var validation = DatasetRules.Validate(Baoding.Value, EndOfSeptember);

        Assert.Contains(validation.Violations, v => v.Subject == "满城区人大常委会代表之家[mc-home-district]");
        var keys = validation.Violations.Select(v => (Rank: v.Severity switch { RuleSeverity.Error => 0, RuleSeverity.Warning => 1, _ => 2 }, v.Code, v.Subject)).ToArray();
        Assert.Equal(keys.OrderBy(k => k.Rank).ThenBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Subject, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void A_disabled_rule_never_appears()
    {
        var rules = RuleSet.Default.Disable(StandardsRules.CriterionHasEvidence.Code);

        var validation = DatasetRules.Validate(Baoding.Value, EndOfSeptember, rules);

        Assert.DoesNotContain(validation.Violations, v => v.Code == StandardsRules.CriterionHasEvidence.Code);
        Assert.True(DatasetRules.Validate(Baoding.Value, EndOfSeptember, rules.Disable("CD-ACT-005").Disable("CD-ACT-006")).IsClean);
    }

    [Fact]
    public void A_host_rule_on_homes_and_stations_runs()
    {
        var rules = RuleSet.Default.Disable(StandardsRules.CriterionHasEvidence.Code).Disable("CD-ACT-005").Disable("CD-ACT-006").WithRule(new NoInvestmentRecorded());

        var validation = DatasetRules.Validate(Baoding.Value, EndOfSeptember, rules);

        Assert.Equal(Baoding.Value.Stations.Count, validation.Violations.Count);
        Assert.All(validation.Violations, v => Assert.Equal(NoInvestmentRecorded.Rule.Code, v.Code));
    }

    [Fact]
    public void A_life_cycle_going_backwards_is_a_violation_not_an_exception()
    {
        var station = Baoding.Value.Stations.First(s => s.Lifecycle.Count == 2);
        var broken = station with { Lifecycle = [new LifecycleEventDto(StationStateDto.Upgraded, new LocalDate(2020, 1, 1)), new LifecycleEventDto(StationStateDto.Operational, new LocalDate(2021, 1, 1))] };
        var dto = Baoding.Value with { Stations = [.. Baoding.Value.Stations.Select(s => s == station ? broken : s)] };

        var built = DatasetModel.Build(dto);

        var violation = Assert.Single(built.Violations);
        Assert.Equal(StationRules.StageMovesForward.Code, violation.Code);
    }

    [Fact]
    public void A_mandate_in_a_subdistrict_office_is_a_township_mandate_violation()
    {
        var office = Baoding.Value.Divisions.First(d => d.Kind == DivisionKindDto.Office);
        var deputy = new DeputyDto("x-1", "某代表", Mandates: [new MandateDto(new CongressRefDto(office.Code, Congresses.CongressLevel.Township), 1, "第1选区", Start: new LocalDate(2022, 1, 1))]);
        var dto = Baoding.Value with { Deputies = [.. Baoding.Value.Deputies, deputy] };

        var codes = DatasetModel.Build(dto).Violations.Select(v => v.Code).ToHashSet();

        Assert.Contains("CD-MND-005", codes);
    }

    [Fact]
    public void A_township_without_a_home_in_use_is_CD_STN_003()
    {
        var home = Baoding.Value.Stations.First(s => s.Id == "mc-home-100");
        var closed = home with { Lifecycle = [new LifecycleEventDto(StationStateDto.Operational, new LocalDate(2018, 1, 1)), new LifecycleEventDto(StationStateDto.Closed, new LocalDate(2024, 6, 30))] };
        var dto = Baoding.Value with { Stations = [.. Baoding.Value.Stations.Select(s => s == home ? closed : s)] };

        var gaps = DatasetRules.Validate(dto, EndOfSeptember).Violations.Where(v => v.Code == StationRules.TownshipHasHome.Code).ToArray();

        Assert.Equal(home.Division, Assert.Single(gaps).Subject);
    }

    [Fact]
    public void Deputy_coverage_is_checked_once_a_dataset_records_assignments()
    {
        var deputy = Baoding.Value.Deputies.First(d => d.Mandates[0].Congress.Level == Congresses.CongressLevel.County);
        var dto = Baoding.Value with { Assignments = [new AssignmentDto(deputy.Id, "mc-home-district", new LocalDate(2024, 9, 30))] };

        var validation = DatasetRules.Validate(dto, EndOfSeptember);
        var unassigned = validation.Violations.Where(v => v.Code == AssignmentRules.EveryDeputyAssigned.Code).ToArray();

        Assert.Equal(1033 - 1, unassigned.Length);
        Assert.DoesNotContain(unassigned, v => v.Subject.Contains(deputy.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(DatasetRules.Validate(Baoding.Value, EndOfSeptember).Violations, v => v.Code == AssignmentRules.EveryDeputyAssigned.Code);
    }

    [Fact]
    public void An_assignment_before_the_home_opens_is_CD_ASG_003()
    {
        var deputy = Baoding.Value.Deputies.First(d => d.Mandates[0].Congress.Level == Congresses.CongressLevel.County);
        var dto = Baoding.Value with { Assignments = [new AssignmentDto(deputy.Id, "mc-home-district", new LocalDate(2022, 1, 1))] };

        Assert.Contains(DatasetModel.Build(dto).Violations, v => v.Code == AssignmentRules.PointInUse.Code);
    }

    [Property(Arbitrary = [typeof(Synthetic)], MaxTest = 20)]
    public Property A_generated_valid_dataset_validates_without_exceptions_and_only_names_catalogued_rules(DatasetDto dto)
    {
        var validation = DatasetRules.Validate(dto, EndOfSeptember);
        var known = RuleCatalogue.BuiltIn.Concat(DatasetModelRules.All).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return validation.Violations.All(v => known.Contains(v.Code) && v.Subject.Length > 0).ToProperty();
    }

    [Property(Arbitrary = [typeof(Synthetic)], MaxTest = 20)]
    public Property Disabled_codes_never_appear(DatasetDto dto)
    {
        // The CD-DST rules are this package's, outside the core catalogue a RuleSet knows, so only catalogued codes are disabled.
        var first = DatasetRules.Validate(dto, EndOfSeptember);
        var disabled = first.Violations.Select(v => v.Code).Where(c => RuleCatalogue.TryFind(c, out _)).Distinct().ToArray();
        var rules = disabled.Aggregate(RuleSet.Default, (set, code) => set.Disable(code));
        var second = DatasetRules.Validate(dto, EndOfSeptember, rules);
        return (second.Violations.All(v => !disabled.Contains(v.Code))
            && second.Violations.Count == first.Violations.Count(v => !disabled.Contains(v.Code))).ToProperty();
    }

    /// <summary>Generated valid datasets (1-2 districts, any seed).</summary>
    public static class Synthetic
    {
        public static Arbitrary<DatasetDto> Dataset() =>
            Gen.Choose(1, 2).SelectMany(d => Gen.Choose(0, 10_000).Select(s => SyntheticDataset.Create(d, s))).ToArbitrary();
    }

    private sealed class NoInvestmentRecorded : IRule<LiaisonPoint>
    {
        public static readonly RuleDescriptor Rule = new(
            "HOST-INV-001", RuleSeverity.Info, "{0}未记录投入", "{0} records no investment", "A home or station records its investment.", "host", "1.0.0");

        public RuleDescriptor Descriptor => Rule;

        public IEnumerable<RuleViolation> Check(LiaisonPoint subject) =>
            subject.Investment.Value == 0 ? [Rule.Violation(subject.Id, subject.Name)] : [];
    }
}
