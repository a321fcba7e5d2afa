using Ardalis.GuardClauses;
using Congress.Domain.Congresses;
using Congress.Domain.Divisions;
using Congress.Domain.Rules;
using NodaTime.Text;

namespace Congress.Domain.Deputies;

/// <summary>The rules on deputies' mandates (代表资格规则).</summary>
public static class MandateRules
{
    /// <summary>The most deputies one electoral district elects (选区: 一名至三名).</summary>
    public const int MaxSeatsPerElectoralDistrict = 3;

    private const string ElectionLaw = "全国人民代表大会和地方各级人民代表大会选举法";

    /// <summary>CD-MND-001: a mandate's congress exists for that division at that level.</summary>
    public static readonly RuleDescriptor CongressExists = new(
        "CD-MND-001",
        RuleSeverity.Error,
        "代表资格所属的人民代表大会 {1} 不存在：{2}",
        "The congress {1} of the mandate does not exist: {2}",
        "The mandate's division is in the hierarchy and legally has a congress at the mandate's level.",
        "宪法第九十五条; " + ElectionLaw + "第二条");

    /// <summary>CD-MND-002: a person holds at most one mandate per congress at a time.</summary>
    public static readonly RuleDescriptor OneMandatePerCongress = new(
        "CD-MND-002",
        RuleSeverity.Error,
        "代表 {0} 在 {1} 同时持有两个代表资格（{2} 与 {3}）",
        "Deputy {0} holds two concurrent mandates in {1} ({2} and {3})",
        "No two mandates of the same person in the same congress are active on a common day.",
        ElectionLaw + "; 代表法");

    /// <summary>CD-MND-003: county and township mandates are won in an electoral district, higher ones from an electing congress.</summary>
    public static readonly RuleDescriptor SourceMatchesLevel = new(
        "CD-MND-003",
        RuleSeverity.Error,
        "{1} 的代表应由{2}产生，登记为 {3}",
        "Deputies of {1} are elected by {2}, but the mandate says {3}",
        "County and township deputies are elected directly in electoral districts (选区); city, provincial and national deputies by the congress one level below (选举单位).",
        ElectionLaw + "第三条");

    /// <summary>CD-MND-004: an electoral district elects one to three deputies.</summary>
    public static readonly RuleDescriptor ElectoralDistrictSize = new(
        "CD-MND-004",
        RuleSeverity.Error,
        "选区 {0} 应选代表 {1} 名，不在一至三名之间",
        "Electoral district {0} elects {1} deputies, not one to three",
        "Each electoral district elects one to three deputies, counting the mandates active together in one congress and term.",
        ElectionLaw + "第二十五条");

    /// <summary>CD-MND-005: township mandates exist only in a 乡, 民族乡 or 镇.</summary>
    public static readonly RuleDescriptor TownshipMandateKind = new(
        "CD-MND-005",
        RuleSeverity.Error,
        "{1}（{2}）没有乡级人民代表大会，不能有乡镇人大代表",
        "{1} ({2}) has no township congress and so no township deputies",
        "A township-level mandate belongs to a 乡, 民族乡 or 镇; never to a 街道 or 办事处.",
        "宪法第九十五条; " + ElectionLaw + "第二条");

    /// <summary>CD-MND-006: a directly elected mandate is won inside the congress's division; an indirect one in a division one level down.</summary>
    public static readonly RuleDescriptor ElectedWithin = new(
        "CD-MND-006",
        RuleSeverity.Error,
        "代表资格的产生地 {2} 不在 {1} 的行政区域内",
        "The mandate was won in {2}, outside {1}",
        "The electoral district or electing congress of a mandate lies within the division of the congress (strictly within for an electing congress).",
        ElectionLaw + "第三条、第二十四条");

    /// <summary>CD-MND-007: a mandate lies within its congress term.</summary>
    public static readonly RuleDescriptor WithinTerm = new(
        "CD-MND-007",
        RuleSeverity.Error,
        "代表资格（{2} 至 {3}）超出 {1} 第{4}届的届期",
        "The mandate ({2} to {3}) runs outside term {4} of {1}",
        "A mandate starts and ends within the dates of its congress term.",
        "宪法第六十条、第九十八条");

    /// <summary>Checks a mandate against the divisions: CD-MND-001, CD-MND-003, CD-MND-005, CD-MND-006.</summary>
    /// <param name="mandate">The mandate.</param>
    /// <param name="divisions">The hierarchy the congress's division belongs to.</param>
    /// <returns>The violations; empty when the mandate meets them all.</returns>
    public static IReadOnlyList<RuleViolation> Check(Mandate mandate, DivisionHierarchy divisions)
    {
        Guard.Against.Null(mandate);
        Guard.Against.Null(divisions);
        var violations = new List<RuleViolation>(CheckSource(mandate));
        var subject = Subject(mandate);
        var key = mandate.Congress;
        if (key.Level == CongressLevel.National)
        {
            return violations;
        }

        var division = divisions.Find(key.Division);
        if (division is null)
        {
            violations.Add(CongressExists.Violation(subject, mandate.Deputy, key, $"{key.Division} ∉ hierarchy"));
            return violations;
        }

        if (key.Level == CongressLevel.Township && division.Kind.CongressLevel() != CongressLevel.Township)
        {
            violations.Add(TownshipMandateKind.Violation(subject, mandate.Deputy, division.Name, division.Kind.ChineseName()));
        }
        else if (division.Kind.CongressLevel() != key.Level)
        {
            violations.Add(CongressExists.Violation(subject, mandate.Deputy, key, $"{division.Name} ({division.Kind.ChineseName()})"));
        }

        var within = divisions.IsWithin(mandate.ElectedIn, key.Division)
            && (mandate.Source == MandateSource.ElectoralDistrict || mandate.ElectedIn != key.Division);
        if (!within)
        {
            violations.Add(ElectedWithin.Violation(subject, mandate.Deputy, key, mandate.ElectedIn));
        }

        return violations;
    }

    /// <summary>Checks that the mandate was won the way its level requires (CD-MND-003).</summary>
    /// <param name="mandate">The mandate.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckSource(Mandate mandate)
    {
        Guard.Against.Null(mandate);
        var expected = mandate.Congress.Level.IsDirectlyElected() ? MandateSource.ElectoralDistrict : MandateSource.ElectingCongress;
        return mandate.Source == expected
            ? []
            : [SourceMatchesLevel.Violation(Subject(mandate), mandate.Deputy, mandate.Congress, expected, mandate.Source)];
    }

    /// <summary>Checks that an electoral district elects one to three deputies (CD-MND-004).</summary>
    /// <param name="electoralDistrict">The district's name.</param>
    /// <param name="seats">The number of deputies it elects.</param>
    /// <returns>The violation, or none.</returns>
    public static IReadOnlyList<RuleViolation> CheckElectoralDistrictSeats(string electoralDistrict, int seats)
    {
        Guard.Against.NullOrWhiteSpace(electoralDistrict);
        return seats is >= 1 and <= MaxSeatsPerElectoralDistrict ? [] : [ElectoralDistrictSize.Violation(electoralDistrict, electoralDistrict, seats)];
    }

    /// <summary>Checks that a mandate lies within its term of the congress (CD-MND-007).</summary>
    /// <param name="mandate">The mandate.</param>
    /// <param name="congress">Its congress, with its terms.</param>
    /// <returns>The violation, or none.</returns>
    /// <exception cref="ArgumentException">The congress is not the mandate's congress.</exception>
    public static IReadOnlyList<RuleViolation> CheckWithinTerm(Mandate mandate, PeoplesCongress congress)
    {
        Guard.Against.Null(mandate);
        Guard.Against.Null(congress);
        Guard.Against.InvalidInput(congress, nameof(congress), c => c.Key == mandate.Congress, "The congress is the mandate's congress.");
        var term = congress.Term(mandate.Term);
        var ok = term is not null && term.Contains(mandate.Start) && mandate.End is { } end && term.Contains(end);
        ok |= term is not null && term.Contains(mandate.Start) && mandate.End is null;
        return ok
            ? []
            : [WithinTerm.Violation(Subject(mandate), mandate.Deputy, congress, LocalDatePattern.Iso.Format(mandate.Start), mandate.End is { } last ? LocalDatePattern.Iso.Format(last) : "-", mandate.Term)];
    }

    internal static string Subject(Mandate mandate) => $"{mandate.Deputy}@{mandate.Congress}";
}
