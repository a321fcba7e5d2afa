namespace Congress.Domain.Interchange.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void The_core_does_not_depend_on_this_package()
    {
        var core = typeof(Congress.Domain.Figures.Quantity).Assembly;

        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name == "Congress.Domain.Interchange");
    }
}
