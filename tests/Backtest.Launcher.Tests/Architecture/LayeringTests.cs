using System.Xml.Linq;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Architecture;

/// <summary>
/// The one-way reference rule of ARCHITECTURE.md: Data &lt;- Engine &lt;- Algorithms; Engine &lt;- Report;
/// Engine, Report &lt;- Optimizer; everything &lt;- Launcher. Data references none of ours.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Backtest.Data"] = [],
        ["Backtest.Engine"] = ["Backtest.Data"],
        ["Backtest.Algorithms"] = ["Backtest.Data", "Backtest.Engine"],
        ["Backtest.Report"] = ["Backtest.Data", "Backtest.Engine"],
        ["Backtest.Optimizer"] = ["Backtest.Data", "Backtest.Engine", "Backtest.Report"],
        ["Backtest.Launcher"] = ["Backtest.Data", "Backtest.Engine", "Backtest.Algorithms", "Backtest.Report", "Backtest.Optimizer"],
    };

    public static TheoryData<string> Projects => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferences_PointOnlyDownTheLayers(string project)
    {
        var referenced = ProjectReferencesOf(project);

        var forbidden = referenced.Where(r => !Allowed[project].Contains(r)).ToArray();

        Assert.True(forbidden.Length == 0, $"{project} references {string.Join(", ", forbidden)}, which ARCHITECTURE.md forbids.");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void CompiledAssembly_ReferencesOnlyAllowedProjects(string project)
    {
        var assembly = AppDomain.CurrentDomain.Load(new System.Reflection.AssemblyName(project == "Backtest.Launcher" ? "backtest" : project));

        var ours = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Backtest.", StringComparison.Ordinal))
            .ToArray();

        Assert.All(ours, name => Assert.Contains(name, Allowed[project]));
    }

    [Fact]
    public void EveryProductionProject_IsCovered()
    {
        var found = Directory.GetFiles(RepoPaths.RootPath, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}benchmarks{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), found);
    }

    private static string[] ProjectReferencesOf(string project)
    {
        var file = Directory.GetFiles(RepoPaths.RootPath, project + ".csproj", SearchOption.AllDirectories)
            .Single(p => !p.Contains($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))
            .ToArray();
    }
}
