namespace Congress.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CongressCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
