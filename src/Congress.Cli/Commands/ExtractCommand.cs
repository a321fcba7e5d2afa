using System.CommandLine;
using System.Globalization;
using System.Text;
using Congress.Domain.Reporting.Reading;

namespace Congress.Cli.Commands;

/// <summary>
/// <c>congress extract PATH|- [--format text|json]</c>: the figures in a Chinese report (读取报告数字), with value in base
/// units, unit, qualifier, measure, text and position. Empty input gives nothing (<c>[]</c> in JSON); a missing file or
/// text that is not UTF-8 exits 2 with one line.
/// </summary>
internal sealed class ExtractCommand : IVerb
{
    // Skips a UTF-8 byte order mark; any other byte order mark or invalid byte is refused, not guessed at.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Where <c>-</c> reads from; tests replace it.</summary>
    internal static Func<Stream> StandardInput { get; set; } = Console.OpenStandardInput;

    public int Order => 50;

    public Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "The report text file (UTF-8), or - for standard input." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("extract", "Reads the figures out of a Chinese report (810余人次, 7.59亿元 ...): value, unit, qualifier, measure, position.")
        {
            path,
            format,
        };
        command.SetAction(parse =>
        {
            var text = ReadText(parse.GetValue(path)!);
            var mentions = FigureReader.Default.Read(text);
            if (parse.GetValue(format) == "json")
            {
                context.Output.WriteLine(FigureJson.Write(mentions));
            }
            else
            {
                foreach (var m in mentions)
                {
                    context.Output.WriteLine(string.Join(
                        '\t',
                        m.Start.ToString(CultureInfo.InvariantCulture),
                        m.Length.ToString(CultureInfo.InvariantCulture),
                        m.Text,
                        m.Quantity.Value.ToString(CultureInfo.InvariantCulture),
                        m.Quantity.Unit.Word,
                        FigureJson.QualifierCode(m.Quantity.Qualifier),
                        m.Measure?.Code ?? "-"));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ReadText(string path)
    {
        try
        {
            using var stream = path == "-" ? StandardInput() : File.OpenRead(path);
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new CliInputException($"{(path == "-" ? "standard input" : path)}: not UTF-8 text.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot be read ({ex.Message}).");
        }
    }
}
