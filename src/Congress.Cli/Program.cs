namespace Congress.Cli;

/// <summary>The entry point of the congress tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CongressCli.Run(args, Console.Out, Console.Error);
    }
}
