namespace Congress.Cli;

/// <summary>The exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The input was read and rules are violated (validate).</summary>
    public const int RulesViolated = 1;

    /// <summary>The input or the arguments are unusable.</summary>
    public const int BadInput = 2;
}
