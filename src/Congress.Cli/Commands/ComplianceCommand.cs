using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Congress.Cli.Data;
using Congress.Domain.Standards;
using Congress.Domain.Stations;
using NodaTime;
using NodaTime.Text;

namespace Congress.Cli.Commands;

/// <summary>
/// <c>congress compliance</c>: judges every home and station of a dataset (<c>--dataset</c>; by default the embedded
/// Baoding dataset) against its district's adopted standards profile (or <c>--profile</c>) on a date, as text or json.
/// </summary>
internal sealed class ComplianceCommand : IVerb
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IClock _clock;

    public ComplianceCommand()
        : this(SystemClock.Instance)
    {
    }

    internal ComplianceCommand(IClock clock) => _clock = clock;

    public int Order => 40;

    public Command Create(CliContext context)
    {
        var profileOption = new Option<string?>("--profile") { Description = $"The standards profile for every district instead of the one it adopted: {string.Join(", ", StandardsProfiles.BuiltIn.Select(p => p.Name))}." };
        var onOption = new Option<string?>("--on") { Description = "The date judged, YYYY-MM-DD; evidence dated later is ignored. Default: today in China." };
        var formatOption = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var datasetOption = new Option<string?>("--dataset") { Description = "The dataset file (interchange format, JSON). Default: the embedded Baoding dataset." };
        var command = new Command("compliance", "Judges homes and stations (代表家站) against standards profiles (五有 ...) on a date.")
        {
            datasetOption,
            profileOption,
            onOption,
            formatOption,
        };
        command.SetAction(parse =>
        {
            var format = parse.GetValue(formatOption);
            if (format is not ("text" or "json"))
            {
                throw new CliInputException($"--format: '{format}' is not text or json");
            }

            var on = CliDates.Parse(parse.GetValue(onOption), "--on") ?? CliDates.Today(_clock);
            var profile = FindProfile(parse.GetValue(profileOption));
            var path = parse.GetValue(datasetOption);
            SeedSample sample;
            if (path is null)
            {
                sample = SeedStations.Sample;
            }
            else if (DatasetFile.Read(path, context.Error) is { } dataset)
            {
                sample = SeedStations.FromDataset(dataset);
            }
            else
            {
                return ExitCodes.BadInput;
            }

            var rows = Judge(sample, profile, on);
            if (format == "json")
            {
                WriteJson(context.Output, rows);
            }
            else
            {
                WriteText(context.Output, sample, rows, on);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Judges every home and station of the sample.</summary>
    internal static IReadOnlyList<(SeedDistrict District, LiaisonPoint Point, ComplianceJudgement Judgement)> Judge(SeedSample sample, StandardsProfile? profile, LocalDate on) =>
        sample.Districts
            .SelectMany(d => d.Points.Select(p => (d, p, ComplianceJudge.Judge(p.Name, profile ?? sample.Adoptions.ProfileOrDefault(d.Code, on), d.Evidence[p.Id], on))))
            .ToArray();


    private static StandardsProfile? FindProfile(string? name)
    {
        if (name is null)
        {
            return null;
        }

        return StandardsProfiles.TryFind(name, out var profile)
            ? profile
            : throw new CliInputException($"--profile: unknown profile '{name}'; known: {string.Join(", ", StandardsProfiles.BuiltIn.Select(p => p.Name))}");
    }

    private static void WriteText(TextWriter o, SeedSample sample, IReadOnlyList<(SeedDistrict District, LiaisonPoint Point, ComplianceJudgement Judgement)> rows, LocalDate on)
    {
        o.WriteLine($"代表家站达标情况（{LocalDatePattern.Iso.Format(on)}）");
        foreach (var group in rows.GroupBy(r => r.District))
        {
            var district = group.Key;
            var coverage = DistrictCoverage.Compute(district.Code, district.TownshipUnits, district.Points, Array.Empty<LiaisonDeputy>(), AssignmentRegister.Empty, on);
            var compliant = group.Count(r => r.Judgement.IsCompliant);
            o.WriteLine();
            o.WriteLine($"{district.Name}（{district.Code}）：家站{group.Count()}个，达标{compliant}个；乡镇级单位代表之家覆盖{coverage.Townships.Covered}/{coverage.Townships.Total}");
            foreach (var (_, point, judgement) in group)
            {
                var mark = judgement.IsCompliant ? "达标" : "未达标";
                o.WriteLine($"  {mark,-3} {point.Name}（{KindZh(point.Kind)}，{judgement.Profile.NameZh}，{judgement.MetCount}/{judgement.Criteria.Count}）");
                foreach (var c in judgement.Criteria.Where(c => c.Status != CriterionStatus.Met))
                {
                    o.WriteLine($"        {c.Criterion.NameZh}：{c.Reason()}");
                }
            }
        }

        o.WriteLine();
        o.WriteLine($"合计：家站{rows.Count}个，达标{rows.Count(r => r.Judgement.IsCompliant)}个");
    }

    private static void WriteJson(TextWriter o, IReadOnlyList<(SeedDistrict District, LiaisonPoint Point, ComplianceJudgement Judgement)> rows)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartArray();
            foreach (var (district, point, judgement) in rows)
            {
                w.WriteStartObject();
                w.WriteString("id", point.Id);
                w.WriteString("name", point.Name);
                w.WriteString("district", district.Code.ToString());
                w.WriteString("division", point.ServedDivision.ToString());
                w.WriteString("kind", point.Kind == LiaisonPointKind.Home ? "home" : "station");
                w.WriteString("sponsor", JsonNamingPolicy.CamelCase.ConvertName(point.Sponsor.ToString()));
                if (point.Industry is not null)
                {
                    w.WriteString("industry", point.Industry.NameZh);
                }

                w.WriteString("stage", JsonNamingPolicy.CamelCase.ConvertName(point.StageOn(judgement.On)?.ToString() ?? "none"));
                w.WriteString("profile", judgement.Profile.Name);
                w.WriteBoolean("compliant", judgement.IsCompliant);
                w.WriteStartArray("criteria");
                foreach (var c in judgement.Criteria)
                {
                    w.WriteStartObject();
                    w.WriteString("code", c.Criterion.Code);
                    w.WriteString("name", c.Criterion.NameZh);
                    w.WriteString("status", c.Status switch { CriterionStatus.Met => "met", CriterionStatus.Unmet => "unmet", _ => "noEvidence" });
                    w.WriteString("reason", c.Reason(CultureInfo.InvariantCulture));
                    if (c.Violation is not null)
                    {
                        w.WriteString("rule", c.Violation.Code);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string KindZh(LiaisonPointKind kind) => kind == LiaisonPointKind.Home ? "代表之家" : "代表联络站";
}
