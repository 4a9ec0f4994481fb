using System.Diagnostics;
using System.Globalization;
using Backtest.Launcher.Tests.Robustness;
using Backtest.Testing;
using Microsoft.Data.Sqlite;

namespace Backtest.Launcher.Tests.Sweep;

/// <summary>
/// kill -9 of a real <c>backtest sweep</c> child at seeded random moments, three times, then a resume to the end:
/// after every kill the SQLite store passes its integrity check and never loses a finished trial, and the resumed
/// sweep prints the same ranked table and exports byte-identical trials.csv and trials.json as a sweep that was
/// never interrupted.
/// </summary>
public sealed class SweepKillTests : IDisposable
{
    // Large enough that the trials left after a kill cannot all finish in the few milliseconds before it lands: 30
    // Thresholds x 10 HoldingDays. Trials keep getting faster (30 alone flaked once trials took ~1 ms: the last 28
    // finished within the up-to-60 ms wait), so the grid has two parameters.
    private const int Thresholds = 30;
    private const int HoldingDays = 10;
    private const int GridSize = Thresholds * HoldingDays;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Sweep_KilledThreeTimesThenResumed_StoreConsistentAndTablesEqualAnUninterruptedSweep()
    {
        WriteConfig();
        var full = Sweep("full", "2");
        var random = new Random(20261122);
        var stored = 0;
        for (var round = 0; round < 3; round++)
        {
            using var child = BacktestProcess.Start(temp.Path, null, "sweep", "--config", "config.json", "--workers", "1", "--out", "resumed");
            var store = Path.Combine(temp.File("resumed"), "sweep.sqlite");
            // A seeded moment: once 1-2 more trials than before are stored, plus 0-60 ms into the next ones.
            var target = stored + random.Next(1, 3);
            WaitFor(() => Rows(store) >= target || child.HasExited);
            Thread.Sleep(random.Next(0, 60));
            Assert.False(child.HasExited, $"the sweep ended before it could be killed in round {round}");
            BacktestProcess.KillHard(child);

            Assert.Equal("ok", Scalar(store, "PRAGMA integrity_check"));
            var rows = Rows(store);
            Assert.InRange(rows, target, GridSize - 1);
            stored = rows;
        }

        var resumed = Sweep("resumed", "2");

        Assert.Contains($"{GridSize - stored} executed, {stored} reused from the store, 0 failed", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(full.Table, resumed.Table);
        foreach (var file in new[] { "trials.csv", "trials.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("full"), file)), File.ReadAllBytes(Path.Combine(temp.File("resumed"), file)));
        }

        Assert.Equal(GridSize, File.ReadAllLines(Path.Combine(temp.File("resumed"), "trials.csv")).Count(l => l.Contains(",Finished,", StringComparison.Ordinal)));
    }

    /// <summary>Runs a sweep to its end; the table is the printed ranking and diagnostics (no paths or counts).</summary>
    private (string Output, string Table) Sweep(string folder, string workers)
    {
        var (code, output, error) = BacktestProcess.Run(temp.Path, null, "sweep", "--config", "config.json", "--workers", workers, "--out", folder);
        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        var table = lines.SkipWhile(l => !l.StartsWith("Top ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("Exported:", StringComparison.Ordinal));
        return (output, string.Join('\n', table));
    }

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the sweep made no progress within 30 s");
            Thread.Sleep(2);
        }
    }

    private static int Rows(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }

        try
        {
            return Convert.ToInt32(Scalar(store, "SELECT count(*) FROM trials"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // the child has not created the table yet
        }
    }

    private static object Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private void WriteConfig()
    {
        var sample = RepoPaths.PathOf("Data", "sample").Replace('\\', '/');
        temp.Write("config.json", $$"""
            { "algorithm-type-name": "StreakRotation", "data-folder": "{{sample}}", "results-destination-folder": "out",
              "parameters": { "StartYear": "2015" },
              "optimization": { "optimization-strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
                "optimization-criterion": { "target": "Sharpe Ratio", "extremum": "max" },
                "parameters": [ { "name": "Threshold", "min": 1, "max": {{Thresholds}}, "step": 1 },
                                { "name": "HoldingDays", "min": 0, "max": {{HoldingDays - 1}}, "step": 1 } ] } }
            """);
    }
}
