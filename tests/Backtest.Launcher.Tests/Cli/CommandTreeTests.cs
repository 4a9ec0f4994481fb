using Backtest.Launcher.Seams;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Cli;

/// <summary>Parsing and dispatch of every command, through the real command tree and fake seams.</summary>
public sealed class CommandTreeTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly TestLauncher launcher;

    public CommandTreeTests() => launcher = new TestLauncher(temp.Path);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void DataImport_SourcesAndOut_ReachSeamAsAbsolutePaths()
    {
        var code = launcher.Invoke("data", "import", "a.csv", "csvdir", "--out", "lean");

        Assert.Equal(0, code);
        var request = Assert.IsType<ImportRequest>(Assert.Single(launcher.FakeData.Requests));
        Assert.Equal([temp.File("a.csv"), temp.File("csvdir")], request.Sources);
        Assert.Equal(temp.File("lean"), request.OutFolder);
    }

    [Fact]
    public void DataGenerate_SeedAndOut_ReachSeam()
    {
        var target = Path.Combine(Path.GetTempPath(), "x");
        var code = launcher.Invoke("data", "generate", "--seed", "7", "-o", target);

        Assert.Equal(0, code);
        Assert.Equal(new GenerateRequest(7, target), Assert.Single(launcher.FakeData.Requests));
    }

    [Fact]
    public void DataValidate_ManyPathsAndLenient_ReachSeam()
    {
        var code = launcher.Invoke("data", "validate", "/d1", "/d2/f.zip", "--lenient");

        Assert.Equal(0, code);
        var request = Assert.IsType<ValidateRequest>(Assert.Single(launcher.FakeData.Requests));
        Assert.Equal(["/d1", "/d2/f.zip"], request.Paths);
        Assert.True(request.Lenient);
    }

    [Fact]
    public void DataValidate_DefaultIsStrict()
    {
        launcher.Invoke("data", "validate", "/d1");

        Assert.False(Assert.IsType<ValidateRequest>(Assert.Single(launcher.FakeData.Requests)).Lenient);
    }

    [Fact]
    public void DataInfo_Folder_ReachesSeam()
    {
        var code = launcher.Invoke("data", "info", "/data/lean");

        Assert.Equal(0, code);
        Assert.Equal(new InfoRequest("/data/lean"), Assert.Single(launcher.FakeData.Requests));
    }

    [Theory]
    [InlineData("data", "generate", "--out", "x")]
    [InlineData("data", "generate", "--seed", "abc", "--out", "x")]
    [InlineData("data", "import", "a.csv")]
    [InlineData("data", "validate")]
    [InlineData("data", "info")]
    [InlineData("run", "--cash", "lots")]
    [InlineData("run", "--unknown")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Invoke_UsageError_ExitsTwoWithoutCallingSeams(params string[] args)
    {
        var code = launcher.Invoke(args);

        Assert.Equal(2, code);
        Assert.Empty(launcher.FakeData.Requests);
        Assert.Empty(launcher.FakeRun.Requests);
        Assert.Contains("Run 'backtest --help' for usage.", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryCommandAndExitsZero()
    {
        var code = launcher.Invoke("--help");

        Assert.Equal(0, code);
        var help = launcher.Out.ToString();
        Assert.All(["run", "data", "study", "sweep", "report"], name => Assert.Contains("  " + name + " ", help, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OverridesFromCommandLine_ReachRunSeam()
    {
        Directory.CreateDirectory(temp.File("data"));
        temp.Write("config.json", """{ "algorithm-type-name": "A", "data-folder": "data", "parameters": { "lookback": 63 } }""");

        var code = launcher.Invoke("run", "-a", "B", "-p", "lookback=126", "--parameter", "top=2",
            "--start", "2020-01-02", "--end", "2020-12-31", "--cash", "5000", "--output", "out", "--log-level", "Warning");

        Assert.Equal(0, code);
        var options = Assert.Single(launcher.FakeRun.Requests).Options;
        Assert.Equal("B", options.AlgorithmTypeName);
        Assert.Equal("126", options.Parameters["lookback"]);
        Assert.Equal("2", options.Parameters["top"]);
        Assert.Equal(new DateOnly(2020, 1, 2), options.StartDate);
        Assert.Equal(new DateOnly(2020, 12, 31), options.EndDate);
        Assert.Equal(5000, options.Cash);
        Assert.Equal(temp.File("out"), options.ResultsDestinationFolder);
        Assert.Equal(Serilog.Events.LogEventLevel.Warning, options.LogLevel);
    }

    [Fact]
    public void Run_ConfigOption_ReadsThatFile()
    {
        Directory.CreateDirectory(temp.File("data"));
        temp.Write("other/my.json", """{ "algorithm-type-name": "FromOther", "data-folder": "../data" }""");

        var code = launcher.Invoke("run", "--config", "other/my.json");

        Assert.Equal(0, code);
        Assert.Equal("FromOther", Assert.Single(launcher.FakeRun.Requests).Options.AlgorithmTypeName);
    }
}
