using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Congress.Cli.Data;
using Congress.Domain.Interchange.Domain;
using Congress.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Congress.Cli.Commands;

/// <summary>
/// <c>congress validate</c>: imports a dataset (by default the embedded Baoding dataset) and checks every domain rule on
/// a date. Exit 0 when clean, 1 when rules are violated (each listed), 2 when the input is unusable.
/// </summary>
internal sealed class ValidateCommand : IVerb
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IClock _clock;

    public ValidateCommand()
        : this(SystemClock.Instance)
    {
    }

    internal ValidateCommand(IClock clock) => _clock = clock;

    public int Order => 20;

    public Command Create(CliContext context)
    {
        var datasetOption = new Option<string?>("--dataset") { Description = "The dataset file (interchange format, JSON). Default: the embedded Baoding dataset." };
        var asOfOption = new Option<string?>("--as-of") { Description = "The date judged, YYYY-MM-DD. Default: today in China." };
        var formatOption = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("validate", "Checks a dataset against every domain rule (校验): exit 0 clean, 1 rules violated, 2 unusable input.")
        {
            datasetOption,
            asOfOption,
            formatOption,
        };
        command.SetAction(parse =>
        {
            var format = parse.GetValue(formatOption);
            if (format is not ("text" or "json"))
            {
                throw new CliInputException($"--format: '{format}' is not text or json");
            }

            var asOf = CliDates.Parse(parse.GetValue(asOfOption), "--as-of") ?? CliDates.Today(_clock);
            var dataset = DatasetFile.Read(parse.GetValue(datasetOption), context.Error);
            if (dataset is null)
            {
                return ExitCodes.BadInput;
            }

            if (DatasetFile.ShowsProgress)
            {
                context.Error.Write("\r\u001b[Kcongress: validating");
            }

            var validation = DatasetRules.Validate(dataset, asOf);
            if (DatasetFile.ShowsProgress)
            {
                context.Error.Write("\r\u001b[K");
            }
            if (format == "json")
            {
                WriteJson(context.Output, validation);
            }
            else
            {
                WriteText(context.Output, validation);
            }

            return validation.IsClean ? ExitCodes.Ok : ExitCodes.RulesViolated;
        });
        return command;
    }

    private static void WriteText(TextWriter o, DatasetValidation validation)
    {
        foreach (var v in validation.Violations)
        {
            o.WriteLine($"{v.Code} {Severity(v.Severity)} {v.Subject}: {v.Message()}");
        }

        o.WriteLine(validation.IsClean
            ? $"{LocalDatePattern.Iso.Format(validation.AsOf)}: no rule is violated"
            : $"{LocalDatePattern.Iso.Format(validation.AsOf)}: {validation.Violations.Count} violations ({validation.Errors} errors, {validation.Warnings} warnings, {validation.Infos} info)");
    }

    private static void WriteJson(TextWriter o, DatasetValidation validation)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartArray();
            foreach (var v in validation.Violations)
            {
                w.WriteStartObject();
                w.WriteString("code", v.Code);
                w.WriteString("severity", Severity(v.Severity));
                w.WriteString("subject", v.Subject);
                w.WriteString("message", v.Message());
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

}
