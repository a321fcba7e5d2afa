using System.CommandLine;
using Congress.Cli.Commands;

namespace Congress.Cli;

/// <summary>
/// The congress command line, runnable in-process (tests call <see cref="Run"/> with their own writers).
/// Every error is one line on the error writer with exit code 2; no stack trace ever reaches the user.
/// </summary>
internal static class CongressCli
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("congress: the people's congress domain tool (人大代表工作) — quotas, compliance, validation, reports and figure extraction.");
        foreach (var verb in Verbs(context))
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }

    /// <summary>Runs the tool with <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        try
        {
            var root = BuildRoot(context);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                error.WriteLine($"congress: {OneLine(parse.Errors[0].Message)}");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException ex)
        {
            error.WriteLine($"congress: {OneLine(ex.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            error.WriteLine($"congress: {OneLine(ex.Message)}");
            return ExitCodes.BadInput;
        }
    }

    // Every verb is a class in Commands/ implementing IVerb; they are found here, so adding a verb touches no other file.
    private static IEnumerable<Command> Verbs(CliContext context) =>
        typeof(CongressCli).Assembly.GetTypes()
            .Where(t => typeof(IVerb).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IVerb)Activator.CreateInstance(t)!)
            .OrderBy(v => v.Order)
            .Select(v => v.Create(context));

    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
