using System.Diagnostics;
using System.Text;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;
using Backtest.Testing;
using Microsoft.Data.Sqlite;

namespace Backtest.Optimizer.Tests.Store;

/// <summary>
/// A real kill -9: this test executable is started again as a child that runs <see cref="Worker_SweepUntilKilled"/>
/// (an explicit test, so ordinary runs skip it); the parent kills it with SIGKILL mid-sweep, then checks that the file
/// is intact and that resuming ends with the same table as an uninterrupted sweep.
/// </summary>
public sealed class SqliteKillTests
{
    private const string PathVariable = "BACKTEST_OPTIMIZER_KILL_TEST_FILE";

    [Fact]
    public void Run_ChildKilledMidSweep_FileIntactAndResumeMatchesUninterrupted()
    {
        using var folder = new TempFolder();
        var path = folder.File("killed.sqlite");
        using (var child = StartWorker(path))
        {
            WaitForRows(path, 40, child);
            child.Kill(entireProcessTree: true); // SIGKILL on Linux: no finalisers, no Dispose, no checkpoint
            child.WaitForExit();
        }

        var killedRows = CountRows(path);
        Assert.Equal("ok", Pragma(path, "integrity_check"));
        var resumed = Export(path);
        var full = Export(folder.File("full.sqlite"));

        Assert.InRange(killedRows, 40, 272); // killed inside the first round of 273 trials
        Assert.Equal(full, resumed);
    }

    [Fact(Explicit = true)]
    public void Worker_SweepUntilKilled()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable);
        Assert.NotNull(path);
        Sweep(path, trialDelay: TimeSpan.FromMilliseconds(25));
    }

    private static void Sweep(string path, TimeSpan trialDelay)
    {
        using var store = SqliteTrialStore.Open(path, TestTrials.Identity);
        new SweepRunner(store, TestTrials.Identity, TestTrials.MaxScore, TimeProvider.System, new SweepRunnerOptions { MaxDegreeOfParallelism = 2 })
            .Run(new EulerSearch(TestTrials.XY(), TestTrials.MaxScore), (p, token) =>
            {
                Thread.Sleep(trialDelay);
                return TestTrials.QuadraticOutcome(p, token);
            }, CancellationToken.None);
    }

    private static string Export(string path)
    {
        Sweep(path, TimeSpan.Zero);
        using var store = SqliteTrialStore.Open(path, TestTrials.Identity);
        using var csv = new StringWriter();
        TrialExporter.WriteCsv(store.ReadAll(), csv);
        using var json = new MemoryStream();
        TrialExporter.WriteJson(store.ReadAll(), json);
        return csv + Encoding.UTF8.GetString(json.ToArray());
    }

    private static Process StartWorker(string path)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!Environment.ProcessPath!.EndsWith("Backtest.Optimizer.Tests", StringComparison.Ordinal))
        {
            // Under dotnet test the host is dotnet itself: run the test assembly through it.
            info.ArgumentList.Add(typeof(SqliteKillTests).Assembly.Location);
        }

        foreach (var argument in new[] { "-method", $"{typeof(SqliteKillTests).FullName}.{nameof(Worker_SweepUntilKilled)}", "-explicit", "only" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[PathVariable] = path;
        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitForRows(string path, int rows, Process child)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(child.HasExited, "The worker ended before it could be killed.");
            if (File.Exists(path) && CountRows(path) >= rows)
            {
                return;
            }

            Thread.Sleep(20);
        }

        Assert.Fail($"The worker did not record {rows} trials within 60 s.");
    }

    private static int CountRows(string path)
    {
        try
        {
            return Convert.ToInt32(Scalar(path, "SELECT count(*) FROM trials"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // the worker has not created the table yet
        }
    }

    private static string Pragma(string path, string pragma) => (string)Scalar(path, "PRAGMA " + pragma);

    private static object Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
