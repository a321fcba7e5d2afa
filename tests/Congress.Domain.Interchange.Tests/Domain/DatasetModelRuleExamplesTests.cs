using System.Globalization;
using Congress.Domain.Interchange.Domain;
using Congress.Domain.Rules;

namespace Congress.Domain.Interchange.Tests.Domain;

/// <summary>
/// A passing and a failing example for every dataset-mapping rule (CD-DST), as the core's RuleExamplesTests has for
/// the core catalogue. The passing example of each is the Baoding dataset, which maps with no violation.
/// </summary>
public sealed class DatasetModelRuleExamplesTests
{
    private static readonly Lazy<DatasetDto> Baoding = new(BaodingDataset.Load);

    public static TheoryData<string> Codes => [.. DatasetModelRules.All.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_Baoding_dataset_passes(string code) =>
        Assert.DoesNotContain(DatasetModel.Build(Baoding.Value).Violations, v => v.Code == code);

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_failing_example_violates_exactly_that_rule(string code)
    {
        var violations = DatasetModel.Build(Failing(code)).Violations.Where(v => v.Code == code).ToList();

        Assert.NotEmpty(violations);
        Assert.All(violations, v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.Subject));
            Assert.False(string.IsNullOrWhiteSpace(v.Message()));
            Assert.NotEqual(v.Message(), v.Message(CultureInfo.GetCultureInfo("en")));
        });
    }

    private static DatasetDto Failing(string code)
    {
        var d = Baoding.Value;
        return code switch
        {
            // A home run by a village: the domain's homes are run by a district, a township or an industry.
            "CD-DST-001" => d with
            {
                Stations = [.. d.Stations.Select((s, i) => i == 0 && s.Kind == StationKindDto.Home ? s with { Sponsor = StationSponsorDto.Village } : s)],
            },

            // Homes listed with no life cycle, in a dataset that states no date it speaks of.
            "CD-DST-002" => d with { Provenance = d.Provenance! with { AsOf = null } },

            // A focus area naming no city theme.
            "CD-DST-003" => d with
            {
                Campaigns = [.. d.Campaigns.Select(c => c.Parent is null ? c with { FocusAreas = [.. c.FocusAreas, new FocusAreaDto("tourism", "文旅")] } : c)],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No failing example for this rule."),
        };
    }
}
