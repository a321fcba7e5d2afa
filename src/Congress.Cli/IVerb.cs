using System.CommandLine;

namespace Congress.Cli;

/// <summary>A verb of the tool (<c>congress report</c>, <c>congress quota</c> ...), discovered by reflection.</summary>
internal interface IVerb
{
    /// <summary>Where the verb is listed in help: report 10, validate 20, quota 30, compliance 40, extract 50, rules 60.</summary>
    int Order { get; }

    /// <summary>Creates the command.</summary>
    Command Create(CliContext context);
}
