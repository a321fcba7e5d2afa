using System.CommandLine;
using Congress.Cli.Data;
using Congress.Cli.Reports;
using Congress.Domain.Reporting.Writing;
using NodaTime;

namespace Congress.Cli.Commands;

/// <summary>
/// <c>congress report [--dataset PATH] [--as-of DATE] [--format text|json|markdown]</c>: the Chinese report (工作情况报告)
/// of a dataset, by default the embedded Baoding dataset as of the date its figures speak of. This is the main job.
/// </summary>
internal sealed class ReportCommand : IVerb
{
    private readonly IClock _clock;

    public ReportCommand()
        : this(SystemClock.Instance)
    {
    }

    internal ReportCommand(IClock clock) => _clock = clock;

    public int Order => 10;

    public Command Create(CliContext context)
    {
        var dataset = new Option<string?>("--dataset") { Description = "A dataset file in the interchange format; the embedded Baoding dataset when absent." };
        var asOf = new Option<string?>("--as-of") { Description = "The date (YYYY-MM-DD) the report speaks of; the dataset's own date, else today." };
        var format = new Option<string>("--format") { Description = "text, json or markdown", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("report", "Writes the Chinese report (报告): each district's deputies by level, homes and stations and campaign figures by theme, and the city's per-theme table.")
        {
            dataset, asOf, format,
        };
        command.SetAction(parse =>
        {
            var data = DatasetFile.Read(parse.GetValue(dataset), context.Error);
            if (data is null)
            {
                return ExitCodes.BadInput;
            }

            var date = CliDates.Parse(parse.GetValue(asOf), "--as-of") ?? data.Provenance?.AsOf ?? CliDates.Today(_clock);
            var report = DatasetReport.Build(data, date);
            var writer = ReportWriter.Default;
            context.Output.Write(parse.GetValue(format) switch
            {
                "json" => DatasetReportWriter.Json(report, writer),
                "markdown" => DatasetReportWriter.Markdown(report, writer),
                _ => DatasetReportWriter.Text(report, writer),
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
