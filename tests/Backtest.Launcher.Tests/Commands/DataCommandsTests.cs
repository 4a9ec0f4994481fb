using Backtest.Launcher.Commands;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Commands;

/// <summary>The real data commands through the command tree: exit codes and what they print.</summary>
public sealed class DataCommandsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Validate_MalformedCsv_ExitsThreeNamingFileLineColumnAndRawText()
    {
        var csv = temp.Write("in/X.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n2020-01-03,10,9,11,10.5,100\n");
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        var code = launcher.Invoke("data", "validate", csv);

        Assert.Equal(3, code);
        Assert.Contains($"INVALID {csv}: {csv}:3, column high: high 9 is below low 11 (found '2020-01-03,10,9,11,10.5,100')", launcher.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 of 1 file(s) are invalid", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmbeddedSample_ReportsEveryFileValid()
    {
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        var code = launcher.Invoke("data", "validate", RepoPaths.PathOf("Data", "sample"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("INVALID", launcher.Out.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"(\d+) of \1 file\(s\) valid\.", launcher.Out.ToString());
    }

    [Fact]
    public void ImportThenInfo_ListsTheTickerWithItsRangeAndBasis()
    {
        temp.Write("csv/ABC.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n2020-01-03,10.5,11,10,10.75,200\n");
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        var import = launcher.Invoke("data", "import", temp.File("csv"), "--out", temp.File("lean"));
        var info = launcher.Invoke("data", "info", temp.File("lean"));

        Assert.Equal(0, import);
        Assert.Equal(0, info);
        Assert.Matches(@"Daily\s+ABC\s+2 bars\s+2020-01-02 \.\. 2020-01-03\s+adjusted prices, no factor file", launcher.Out.ToString());
    }

    [Fact]
    public void Import_MissingSource_ExitsThreeAndWritesNothing()
    {
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        var code = launcher.Invoke("data", "import", temp.File("nope.csv"), "--out", temp.File("lean"));

        Assert.Equal(3, code);
        Assert.Contains("no such file or folder", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("lean")));
    }

    [Fact]
    public void Info_SyntheticSample_IsLabelledSynthetic()
    {
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        var code = launcher.Invoke("data", "info", RepoPaths.PathOf("Data", "sample"));

        Assert.Equal(0, code);
        Assert.Contains("[SYNTHETIC DATA]", launcher.Out.ToString(), StringComparison.Ordinal);
    }
}
