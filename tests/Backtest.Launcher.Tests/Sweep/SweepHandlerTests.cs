using System.Globalization;
using System.Text.Json;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Sweep;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Sweep;

/// <summary><c>backtest sweep</c> through the real command tree, the real engine and the embedded sample data.</summary>
public sealed class SweepHandlerTests : IDisposable
{
    private const string ThresholdGrid = """[ { "name": "Threshold", "min": 3, "max": 7, "step": 1 } ]""";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Sweep_StreakRotationGrid_ExportsEveryTrialWithTheStatisticsOfASingleRun()
    {
        WriteConfig(ThresholdGrid);
        var launcher = Launcher();

        Assert.Equal(0, launcher.Invoke("sweep", "--config", temp.File("config.json"), "--workers", "2"));

        var trials = ExportedTrials(SweepFolderPath());
        Assert.Equal(["3", "4", "5", "6", "7"], trials.Select(t => t.Parameters["Threshold"]));
        foreach (var trial in trials)
        {
            // Independent: a separate `backtest run` of the same parameters writes its own result.json.
            var single = SingleRunStatistics(trial.Parameters["Threshold"]);
            Assert.Equal(single["Sharpe Ratio"], trial.Statistics["Sharpe Ratio"]);
            Assert.Equal(single["End Equity"], trial.Statistics["End Equity"]);
            Assert.Equal(single, trial.Statistics);
        }

        Assert.Contains("Deflated Sharpe ratio of the best", launcher.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Probability of backtest overfitting", launcher.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_Rerun_ReusesEveryStoredTrialAndExecutesNone()
    {
        WriteConfig(ThresholdGrid);
        var first = Launcher();
        Assert.Equal(0, first.Invoke("sweep", "--config", temp.File("config.json")));
        var folder = SweepFolderPath();
        var csv = File.ReadAllBytes(Path.Combine(folder, "trials.csv"));

        var second = Launcher();
        Assert.Equal(0, second.Invoke("sweep", "--config", temp.File("config.json")));

        Assert.Contains("5 executed, 0 reused", first.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 executed, 5 reused", second.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(csv, File.ReadAllBytes(Path.Combine(folder, "trials.csv")));
        Assert.Single(Directory.GetDirectories(temp.File("out")));
    }

    [Fact]
    public void Sweep_UnknownParameter_ExitsTwoNamingTheJsonPathBeforeAnyTrial()
    {
        WriteConfig("""[ { "name": "Threshold", "min": 3, "max": 4 }, { "name": "Treshold", "min": 3, "max": 7, "step": 1 } ]""");
        var launcher = Launcher();

        var code = launcher.Invoke("sweep", "--config", temp.File("config.json"));

        Assert.Equal(2, code);
        Assert.Contains("$.optimization.parameters[1].name", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'Threshold'", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Sweep_OutOfRangeValue_ExitsTwoNamingTheParameter()
    {
        WriteConfig("""[ { "name": "Threshold", "min": 90, "max": 110, "step": 10 } ]""");
        var launcher = Launcher();

        Assert.Equal(2, launcher.Invoke("sweep", "--config", temp.File("config.json")));
        Assert.Contains("$.optimization.parameters", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("110", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_UnknownTargetStatistic_ExitsTwoNamingTheCriterion()
    {
        WriteConfig(ThresholdGrid, """{ "target": "Sharp Ratio", "extremum": "max" }""");
        var launcher = Launcher();

        Assert.Equal(2, launcher.Invoke("sweep", "--config", temp.File("config.json")));
        Assert.Contains("$.optimization.optimization-criterion.target", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Sweep_OneWorkerAndTwoWorkers_GiveByteIdenticalExportsAndTables()
    {
        WriteConfig(ThresholdGrid);
        var one = Launcher();
        var two = Launcher();

        Assert.Equal(0, one.Invoke("sweep", "--config", temp.File("config.json"), "--workers", "1", "--out", temp.File("one")));
        Assert.Equal(0, two.Invoke("sweep", "--config", temp.File("config.json"), "--workers", "2", "--out", temp.File("two")));

        // The printed ranking and diagnostics, from the table's title to the export lines (which name the folder).
        Assert.Equal(PrintedTable(one.Out.ToString()), PrintedTable(two.Out.ToString()));
        Assert.Contains("Probability of backtest overfitting", PrintedTable(one.Out.ToString()), StringComparison.Ordinal);
        foreach (var file in new[] { "trials.csv", "trials.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("one"), file)), File.ReadAllBytes(Path.Combine(temp.File("two"), file)));
        }
    }

    [Fact]
    public void Sweep_CancelledBeforeTheFirstTrial_ExitsOneHundredThirty()
    {
        WriteConfig(ThresholdGrid);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Equal(130, Launcher().Invoke(cancellation.Token, "sweep", "--config", temp.File("config.json")));
    }

    [Fact]
    public async Task Sweep_CancelledAfterTheFirstTrial_ExitsOneHundredThirtyAndTheRerunFinishesFromTheStore()
    {
        WriteConfig(ThresholdGrid);
        using var cancellation = new CancellationTokenSource();
        var error = new StringWriter();
        var services = new LauncherServices
        {
            Run = new RunCommand(),
            Data = new DataCommands(),
            Out = TextWriter.Null,
            Error = error,
            ConsoleSink = _ => { },
            Progress = new CancellingProgress(cancellation),
            CurrentDirectory = temp.Path,
            ProcessId = 4242,
        };

        var code = await new LauncherApp(services).InvokeAsync(["sweep", "--config", temp.File("config.json"), "--workers", "1"], cancellation.Token);

        Assert.Equal(130, code);
        Assert.Contains("1 trials are kept", error.ToString(), StringComparison.Ordinal);
        var rerun = Launcher();
        Assert.Equal(0, rerun.Invoke("sweep", "--config", temp.File("config.json")));
        Assert.Contains("4 executed, 1 reused", rerun.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, ExportedTrials(SweepFolderPath()).Count);
    }

    private static string PrintedTable(string output) =>
        string.Join('\n', output.Split('\n').SkipWhile(l => !l.StartsWith("Top ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("Exported:", StringComparison.Ordinal)));

    private TestLauncher Launcher() => new(temp.Path, run: new RunCommand(), data: new DataCommands());

    private string SweepFolderPath()
    {
        var folder = Assert.Single(Directory.GetDirectories(temp.File("out")));
        Assert.StartsWith("sweep-StreakRotation-", Path.GetFileName(folder), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, SweepFolder.StoreFileName)));
        return folder;
    }

    private Dictionary<string, string> SingleRunStatistics(string threshold)
    {
        var output = temp.File("single-" + threshold);
        var launcher = Launcher();
        Assert.Equal(0, launcher.Invoke("run", "--config", temp.File("config.json"), "--parameter", "Threshold=" + threshold, "--output", output));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Assert.Single(Directory.GetDirectories(output)), "result.json")));
        return doc.RootElement.GetProperty("statistics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static List<(Dictionary<string, string> Parameters, Dictionary<string, string> Statistics)> ExportedTrials(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "trials.json")));
        return doc.RootElement.EnumerateArray()
            .Select(t => (Map(t.GetProperty("parameters")), Map(t.GetProperty("statistics"))))
            .ToList();
    }

    private static Dictionary<string, string> Map(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    /// <summary>Presses Ctrl-C as soon as the first trial is reported complete.</summary>
    private sealed class CancellingProgress(CancellationTokenSource cancellation) : Backtest.Launcher.Progress.IProgressReporter, IProgress<long>
    {
        public T Track<T>(string description, long total, Func<IProgress<long>, T> work) => work(this);

        public void Report(long value)
        {
            if (value >= 1)
            {
                cancellation.Cancel();
            }
        }
    }

    private void WriteConfig(string parameters, string criterion = """{ "target": "Sharpe Ratio", "extremum": "max" }""")
    {
        var sample = RepoPaths.PathOf("Data", "sample").Replace('\\', '/');
        temp.Write("config.json", string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "algorithm-type-name": "StreakRotation", "data-folder": "{{sample}}", "results-destination-folder": "out",
              "parameters": { "StartYear": "2015" },
              "optimization": {
                "optimization-strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
                "optimization-criterion": {{criterion}},
                "parameters": {{parameters}}
              }
            }
            """));
    }
}
