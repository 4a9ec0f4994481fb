using System.Text;
using Backtest.Data.Errors;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;
using Backtest.Testing;
using Microsoft.Data.Sqlite;

namespace Backtest.Optimizer.Tests.Store;

public sealed class SqliteTrialStoreTests
{
    [Fact]
    public void Run_InterruptedThenResumed_SameTablesAsUninterrupted()
    {
        using var folder = new TempFolder();
        var full = RunAndExport(folder.File("full.sqlite"), stopAfter: null);

        var path = folder.File("resumed.sqlite");
        var first = RunAndExport(path, stopAfter: 60);
        var executedSecond = 0;
        var second = RunAndExport(path, stopAfter: null, onExecute: () => Interlocked.Increment(ref executedSecond));

        Assert.NotEqual(full, first);
        Assert.Equal(full, second);
        // Euler re-proposes points; only those not yet stored run again, so the resumed run executes fewer trials.
        Assert.InRange(executedSecond, 1, CountRows(folder.File("full.sqlite")) - 60);
    }

    [Fact]
    public void Record_FailedThenFinished_RowReplacedAndFailedNotSkipped()
    {
        using var folder = new TempFolder();
        var p = new TrialParameters(1, [new ParameterValue("x", "1")]);
        var key = TrialKey.Compute(p, TestTrials.Identity);
        using var store = SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity);

        store.Record(TrialResult.Failed(p, key, new InvalidOperationException("x")));
        Assert.Null(store.TryGetFinished(key));
        store.Record(TrialResult.Finished(p, key, TestTrials.QuadraticOutcome(p, CancellationToken.None)));

        var rows = store.ReadAll();
        Assert.Single(rows);
        Assert.Equal(TrialStatus.Finished, rows[0].Status);
        Assert.Null(rows[0].Error);
        Assert.NotNull(store.TryGetFinished(key));
    }

    [Fact]
    public void ReadAll_RoundTrip_ExactDoublesAndTexts()
    {
        using var folder = new TempFolder();
        var p = new TrialParameters(4, [new ParameterValue("b", "0.1"), new ParameterValue("a", "QQQ,IWM")]);
        double[] returns = [0.1 + 0.2, -1e-300, double.NaN, 1d / 3d];
        var result = TrialResult.Finished(p, "k", new TrialOutcome(new Dictionary<string, string> { ["Drawdown"] = "28.200%" }, returns));

        using (var store = SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity))
        {
            store.Record(result);
        }

        using var reopened = SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity);
        var row = Assert.Single(reopened.ReadAll());
        Assert.Equal(returns.Select(BitConverter.DoubleToInt64Bits), row.DailyReturns.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(p.Values, row.Parameters.Values);
        Assert.Equal(4, row.Number);
        Assert.Equal("28.200%", row.Statistics["Drawdown"]);
    }

    [Fact]
    public void Record_FilesCopiedWhileOpen_CopyHoldsEveryCommittedTrial()
    {
        // Stands in for kill -9 until the CLI child-process test exists: the files on disk at an arbitrary moment
        // after Record returns (connection still open, nothing checkpointed, no Dispose) must open cleanly with
        // every recorded trial, because each Record is its own committed WAL transaction.
        using var folder = new TempFolder();
        var path = folder.File("live.sqlite");
        using var store = SqliteTrialStore.Open(path, TestTrials.Identity);
        var trials = new GridSearch(TestTrials.XY()).Start().Take(25).ToArray();
        foreach (var p in trials)
        {
            store.Record(TrialResult.Finished(p, TrialKey.Compute(p, TestTrials.Identity), TestTrials.QuadraticOutcome(p, CancellationToken.None)));
        }

        var copy = folder.File("crashed.sqlite");
        File.Copy(path, copy);
        File.Copy(path + "-wal", copy + "-wal");

        using var recovered = SqliteTrialStore.Open(copy, TestTrials.Identity);
        Assert.Equal(trials.Select(t => t.Number), recovered.ReadAll().Select(r => r.Number));
        using var check = new SqliteConnection($"Data Source={copy};Pooling=False");
        check.Open();
        using var command = check.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string)command.ExecuteScalar()!);
    }

    [Fact]
    public void Open_DifferentEngineVersion_Refused()
    {
        using var folder = new TempFolder();
        SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity).Dispose();

        var ex = Assert.Throws<DataException>(() =>
            SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity with { EngineVersion = "0.2.0" }));

        Assert.Contains("engine_version '0.1.0'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NewFile_WalJournalAndFullSync()
    {
        using var folder = new TempFolder();
        using var store = SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity);

        using var connection = new SqliteConnection($"Data Source={folder.File("s.sqlite")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)command.ExecuteScalar()!);
    }

    [Fact]
    public void Compute_Key_DependsOnEveryIdentityPartButNotNumber()
    {
        var p = new TrialParameters(1, [new ParameterValue("x", "1"), new ParameterValue("y", "2")]);
        var swapped = new TrialParameters(9, [new ParameterValue("y", "2"), new ParameterValue("x", "1")]);
        var key = TrialKey.Compute(p, TestTrials.Identity);

        Assert.Equal(key, TrialKey.Compute(swapped, TestTrials.Identity));
        Assert.NotEqual(key, TrialKey.Compute(p, TestTrials.Identity with { DataFingerprint = "data-v2" }));
        Assert.NotEqual(key, TrialKey.Compute(p, TestTrials.Identity with { StrategyVersion = "1.1" }));
        Assert.NotEqual(key, TrialKey.Compute(p, TestTrials.Identity with { EngineVersion = "0.1.1" }));
        Assert.Equal(64, key.Length);
    }

    private static string RunAndExport(string path, int? stopAfter, Action? onExecute = null)
    {
        using var cts = new CancellationTokenSource();
        var executed = 0;
        using (var store = SqliteTrialStore.Open(path, TestTrials.Identity))
        {
            var runner = new SweepRunner(store, TestTrials.Identity, TestTrials.MaxScore, TimeProvider.System,
                new SweepRunnerOptions { MaxDegreeOfParallelism = 3 });
            runner.Run(new EulerSearch(TestTrials.XY(), TestTrials.MaxScore), (p, token) =>
            {
                onExecute?.Invoke();
                if (Interlocked.Increment(ref executed) == stopAfter)
                {
                    cts.Cancel();
                }

                return TestTrials.QuadraticOutcome(p, token);
            }, cts.Token);
        }

        using var reopened = SqliteTrialStore.Open(path, TestTrials.Identity);
        using var csv = new StringWriter();
        TrialExporter.WriteCsv(reopened.ReadAll(), csv);
        using var json = new MemoryStream();
        TrialExporter.WriteJson(reopened.ReadAll(), json);
        return csv + "\n---\n" + Encoding.UTF8.GetString(json.ToArray());
    }

    private static int CountRows(string path)
    {
        using var store = SqliteTrialStore.Open(path, TestTrials.Identity);
        return store.ReadAll().Count;
    }
}
