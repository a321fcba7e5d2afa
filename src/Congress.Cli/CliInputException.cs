namespace Congress.Cli;

/// <summary>Malformed input to the tool: reported as one line on standard error with exit code 2.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }
}
