using System.CommandLine;
using Congress.Domain.Figures;
using Congress.Domain.Rules;

namespace Congress.Cli.Commands;

/// <summary><c>congress report</c>: the Chinese report on the embedded Baoding dataset (the main job).</summary>
internal sealed class ReportCommand : IVerb
{
    public int Order => 10;

    public Command Create(CliContext context)
    {
        var command = new Command("report", "Writes the Chinese report (报告) of what the library holds.");
        command.SetAction(_ =>
        {
            var o = context.Output;
            o.WriteLine("Congress.Domain 报告");
            o.WriteLine();
            o.WriteLine($"统计口径（{Measures.BuiltIn.Count}项）：");
            foreach (var m in Measures.BuiltIn)
            {
                o.WriteLine($"  {m.Code,-24} {m.NameZh}（{m.Unit.Word}）");
            }

            o.WriteLine();
            o.WriteLine($"校验规则：{RuleCatalogue.BuiltIn.Count}条");
            return ExitCodes.Ok;
        });
        return command;
    }
}
