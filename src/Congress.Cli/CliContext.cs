namespace Congress.Cli;

/// <summary>What every verb writes to.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error);
