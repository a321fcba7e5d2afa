using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Congress.Domain.Quotas;
using NodaTime;
using NodaTime.Text;

namespace Congress.Cli.Commands;

/// <summary>
/// <c>congress quota --level county --population 420000 [--on 2024-10-01] [--bonus] [--format text|json]</c>:
/// the seat quota of a congress by Election Law art. 11 on a date (today in China by default).
/// </summary>
internal sealed class QuotaCommand : IVerb
{
    private static readonly Dictionary<string, QuotaLevel> Levels = new(StringComparer.Ordinal)
    {
        ["province"] = QuotaLevel.Province,
        ["municipality"] = QuotaLevel.Municipality,
        ["city"] = QuotaLevel.PrefectureCity,
        ["county"] = QuotaLevel.County,
        ["township"] = QuotaLevel.Township,
    };

    private readonly IClock _clock;

    public QuotaCommand()
        : this(SystemClock.Instance)
    {
    }

    internal QuotaCommand(IClock clock) => _clock = clock;

    public int Order => 30;

    public Command Create(CliContext context)
    {
        var level = new Option<string>("--level")
        {
            Description = "The congress tier: province, municipality (直辖市), city (设区的市), county (区/县/县级市) or township (乡/镇).",
            Required = true,
        };
        var population = new Option<long>("--population") { Description = "The residents of the division (0 or more).", Required = true };
        var on = new Option<string?>("--on") { Description = "The date whose law applies, YYYY-MM-DD (default: today in China)." };
        var bonus = new Option<bool>("--bonus") { Description = "Add the 5% the standing committee above may decide (province, county, township only)." };
        var format = new Option<string>("--format") { Description = "text (the bare number) or json (with the rule).", DefaultValueFactory = _ => "text" };

        var command = new Command("quota", "Computes the seat quota (代表名额) of a congress by Election Law art. 11.");
        command.Options.Add(level);
        command.Options.Add(population);
        command.Options.Add(on);
        command.Options.Add(bonus);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var levelName = parse.GetValue(level)!;
            if (!Levels.TryGetValue(levelName, out var tier))
            {
                throw new CliInputException($"--level must be one of {string.Join(", ", Levels.Keys)}, not '{levelName}'.");
            }

            var style = parse.GetValue(format);
            if (style is not ("text" or "json"))
            {
                throw new CliInputException($"--format must be text or json, not '{style}'.");
            }

            var people = parse.GetValue(population);
            if (people < 0)
            {
                throw new CliInputException($"--population must be 0 or more, not {people.ToString(CultureInfo.InvariantCulture)}.");
            }

            var date = CliDates.Parse(parse.GetValue(on), "--on") ?? CliDates.Today(_clock);
            var quota = SeatQuotaTable.ElectionLaw.Compute(tier, people, date, parse.GetValue(bonus));
            if (style == "json")
            {
                WriteJson(context.Output, levelName, quota);
            }
            else
            {
                context.Output.WriteLine(quota.Seats.ToString(CultureInfo.InvariantCulture));
            }

            return ExitCodes.Ok;
        });
        return command;
    }


    private static void WriteJson(TextWriter output, string level, SeatQuota quota)
    {
        var rule = quota.Rule;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("level", level);
            json.WriteNumber("population", quota.Population);
            json.WriteString("on", LocalDatePattern.Iso.Format(quota.Date));
            json.WriteNumber("seats", quota.Seats);
            json.WriteNumber("formulaSeats", quota.FormulaSeats);
            json.WriteBoolean("capApplied", quota.CapApplied);
            json.WriteBoolean("mayBeFewer", quota.MayBeFewer);
            json.WriteNumber("bonusSeats", quota.BonusSeats);
            json.WriteStartObject("rule");
            json.WriteString("source", rule.Source);
            json.WriteString("effectiveFrom", LocalDatePattern.Iso.Format(rule.EffectiveFrom));
            if (rule.EffectiveUntil is { } until)
            {
                json.WriteString("effectiveUntil", LocalDatePattern.Iso.Format(until));
            }
            else
            {
                json.WriteNull("effectiveUntil");
            }

            json.WriteNumber("base", rule.Base);
            json.WriteNumber("perResidents", rule.PerResidents);
            WriteNumberOrNull(json, "cap", rule.Cap);
            WriteNumberOrNull(json, "capAbovePopulation", rule.CapAbovePopulation);
            WriteNumberOrNull(json, "mayBeFewerBelow", rule.MayBeFewerBelow);
            json.WriteNumber("bonusPercent", rule.BonusPercent);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
