using System.Globalization;
using Backtest.Data.Errors;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Microsoft.Data.Sqlite;

namespace Backtest.Optimizer.Store;

/// <summary>
/// The default store: one SQLite file per sweep. Crash safety: WAL journal with synchronous=FULL and one
/// transaction per recorded trial, so a process killed at any instant (kill -9) leaves every committed trial and
/// no partial row; SQLite recovers the WAL on the next open. The file records the <see cref="SweepIdentity"/> and
/// refuses to open for a different one. Thread-safe (one connection behind a lock).
/// </summary>
public sealed class SqliteTrialStore : ITrialStore
{
    private const string SchemaVersion = "1";
    private const string TradingDatesKey = "trading_dates";
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private SqliteTrialStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = string.Empty;

    /// <summary>Opens or creates the sweep file at <paramref name="path"/>.</summary>
    /// <exception cref="DataException">The file belongs to another sweep identity or schema version.</exception>
    public static SqliteTrialStore Open(string path, SweepIdentity identity)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(identity);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS sweep (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS trials (
                    key TEXT PRIMARY KEY NOT NULL,
                    scope TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    parameters TEXT NOT NULL,
                    status TEXT NOT NULL,
                    statistics TEXT NOT NULL,
                    daily_returns BLOB NOT NULL,
                    error TEXT);
                """);
            CheckIdentity(connection, path, identity);
            return new SqliteTrialStore(connection) { Path = path };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public TrialResult? TryGetFinished(string key)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT key, number, parameters, status, statistics, daily_returns, error, scope FROM trials WHERE key = $key AND status = 'Finished'";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadRow(reader) : null;
        }
    }

    public void Record(TrialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO trials (key, scope, number, parameters, status, statistics, daily_returns, error)
                VALUES ($key, $scope, $number, $parameters, $status, $statistics, $returns, $error)
                ON CONFLICT(key) DO UPDATE SET number = min(number, excluded.number), status = excluded.status,
                    statistics = excluded.statistics, daily_returns = excluded.daily_returns, error = excluded.error
                """;
            command.Parameters.AddWithValue("$key", result.Key);
            command.Parameters.AddWithValue("$scope", result.Scope);
            command.Parameters.AddWithValue("$number", result.Number);
            command.Parameters.AddWithValue("$parameters", TrialJson.Parameters(result.Parameters.Values));
            command.Parameters.AddWithValue("$status", result.Status.ToString());
            command.Parameters.AddWithValue("$statistics", TrialJson.Statistics(result.Statistics));
            command.Parameters.AddWithValue("$returns", ReturnsBlob.Encode(result.DailyReturns));
            command.Parameters.AddWithValue("$error", (object?)result.Error ?? DBNull.Value);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public IReadOnlyList<TrialResult> ReadAll()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT key, number, parameters, status, statistics, daily_returns, error, scope FROM trials ORDER BY scope COLLATE BINARY, number, key COLLATE BINARY";
            using var reader = command.ExecuteReader();
            var rows = new List<TrialResult>();
            while (reader.Read())
            {
                rows.Add(ReadRow(reader));
            }

            return rows;
        }
    }

    /// <summary>
    /// Records the trading days of the sweep period (first day included, so a trial's daily return i belongs to
    /// day i + 1) in one transaction, replacing any earlier record. Readers use them to date the stored returns.
    /// </summary>
    public void RecordTradingDates(IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var text = string.Join(',', dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO sweep (name, value) VALUES ($name, $value)";
            command.Parameters.AddWithValue("$name", TradingDatesKey);
            command.Parameters.AddWithValue("$value", text);
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The trading days recorded by <see cref="RecordTradingDates"/>, or null for a store written before
    /// dates were recorded.</summary>
    /// <exception cref="DataException">The recorded text is not a list of yyyy-MM-dd dates.</exception>
    public IReadOnlyList<DateOnly>? ReadTradingDates()
    {
        string? text;
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT value FROM sweep WHERE name = $name";
            command.Parameters.AddWithValue("$name", TradingDatesKey);
            text = command.ExecuteScalar() as string;
        }

        if (text is null)
        {
            return null;
        }

        var parts = text.Length == 0 ? [] : text.Split(',');
        var dates = new DateOnly[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!DateOnly.TryParseExact(parts[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dates[i]))
            {
                throw DataException.InFile(Path, $"the recorded trading date '{parts[i]}' (number {i + 1}) is not a yyyy-MM-dd date",
                    "Delete the sweep folder's store and run the sweep again.");
            }
        }

        return dates;
    }

    public void Dispose() => _connection.Dispose();

    private static TrialResult ReadRow(SqliteDataReader reader)
    {
        var parameters = new TrialParameters(reader.GetInt32(1), TrialJson.ReadParameters(reader.GetString(2)));
        return new TrialResult(
            parameters,
            reader.GetString(0),
            Enum.Parse<TrialStatus>(reader.GetString(3)),
            TrialJson.ReadStatistics(reader.GetString(4)),
            ReturnsBlob.Decode((byte[])reader.GetValue(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.GetString(7));
    }

    private static void CheckIdentity(SqliteConnection connection, string path, SweepIdentity identity)
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["schema_version"] = SchemaVersion,
            ["data_fingerprint"] = identity.DataFingerprint,
            ["strategy_name"] = identity.StrategyName,
            ["strategy_version"] = identity.StrategyVersion,
            ["engine_version"] = identity.EngineVersion,
        };
        using var transaction = connection.BeginTransaction();
        foreach (var (name, value) in expected)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR IGNORE INTO sweep (name, value) VALUES ($name, $value); SELECT value FROM sweep WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$value", value);
            var stored = (string)command.ExecuteScalar()!;
            if (!string.Equals(stored, value, StringComparison.Ordinal))
            {
                throw DataException.InFile(
                    path,
                    $"the sweep file was made with {name} '{stored}', this sweep has '{value}'",
                    "Use a new sweep file for a changed data set, strategy or engine, or restore the original.");
            }
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
