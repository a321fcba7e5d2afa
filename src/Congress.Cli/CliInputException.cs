namespace Congress.Cli;

/// <summary>
/// Malformed input to the tool: reported on standard error with exit code 2. The message is one line, or up to three
/// lines when <see cref="Multiline"/> (a dataset's first problems, each naming its place).
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message, bool multiline = false)
        : base(message)
    {
        Multiline = multiline;
    }

    /// <summary>Whether the message keeps its line breaks (at most three lines).</summary>
    public bool Multiline { get; }
}
