using System.Globalization;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Sweep;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Optimizer.Store;
using Backtest.Testing;
using Microsoft.Data.Sqlite;

namespace Backtest.Launcher.Tests.Sweep;

/// <summary>
/// A temp folder holding a StreakRotation sweep config over the embedded sample data, with the helpers the sweep
/// folder tests share: run the real launcher, open the store with the identity the store file itself records.
/// </summary>
internal sealed class SweepTestFolder : IDisposable
{
    /// <summary>2015-2019 holds 1,258 trading days: 504 in-sample + 252 out-of-sample days stepping 252 give two whole windows.</summary>
    public const string WalkForwardDates = """ "start-date": "2015-01-02", "end-date": "2019-12-31",""";

    public const string WalkForwardBlock = """, "walk-forward": { "in-sample-days": 504, "out-of-sample-days": 252 }""";

    public const string ThresholdGrid = """[ { "name": "Threshold", "min": 3, "max": 5, "step": 1 } ]""";

    public const string TwoParameterGrid = """[ { "name": "Threshold", "min": 3, "max": 5, "step": 1 }, { "name": "HoldingDays", "min": 0, "max": 10, "step": 10 } ]""";

    public const string Grid = "\"QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy\"";

    public TempFolder Temp { get; } = new();

    public string ConfigPath => Temp.File("config.json");

    public void Dispose() => Temp.Dispose();

    public TestLauncher Launcher() => new(Temp.Path, run: new RunCommand(), data: new DataCommands());

    /// <summary>Runs <c>backtest sweep</c> on the config (exit 0 asserted) and returns the launcher.</summary>
    public TestLauncher Sweep(params string[] extra)
    {
        var launcher = Launcher();
        var code = launcher.Invoke(["sweep", "--config", ConfigPath, .. extra]);
        Assert.True(code == 0, launcher.Error.ToString());
        return launcher;
    }

    /// <summary>The one sweep folder under out/.</summary>
    public string SweepFolderPath() => Assert.Single(Directory.GetDirectories(Temp.File("out")));

    public void WriteConfig(string grid, string strategy = Grid, string top = "", string extra = "") => WriteConfig(Temp, grid, strategy, top, extra);

    /// <summary>Writes config.json into <paramref name="temp"/>: StreakRotation from 2015 on the sample data, the given
    /// optimization strategy and grid; <paramref name="top"/> adds top-level keys, <paramref name="extra"/> optimization keys.</summary>
    public static void WriteConfig(TempFolder temp, string grid, string strategy = Grid, string top = "", string extra = "")
    {
        var sample = RepoPaths.PathOf("Data", "sample").Replace('\\', '/');
        temp.Write("config.json", string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "algorithm-type-name": "StreakRotation", "data-folder": "{{sample}}", "results-destination-folder": "out",{{top}}
              "parameters": { "StartYear": "2015" },
              "optimization": {
                "optimization-strategy": {{strategy}},
                "optimization-criterion": { "target": "Sharpe Ratio", "extremum": "max" },
                "parameters": {{grid}}{{extra}}
              }
            }
            """));
    }

    /// <summary>The store of <paramref name="folder"/>, opened with the identity its sweep table records.</summary>
    public static SqliteTrialStore OpenStore(string folder)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var connection = Connect(folder, SqliteOpenMode.ReadOnly))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, value FROM sweep";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var identity = new SweepIdentity(values["data_fingerprint"], values["strategy_name"], values["strategy_version"], values["engine_version"]);
        return SqliteTrialStore.Open(Path.Combine(folder, SweepFolder.StoreFileName), identity);
    }

    public static SqliteConnection Connect(string folder, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, SweepFolder.StoreFileName), Mode = mode, Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }
}
