using Backtest.Data.Errors;
using Backtest.Optimizer.Store;
using Backtest.Testing;
using Microsoft.Data.Sqlite;

namespace Backtest.Optimizer.Tests.Store;

/// <summary>The sweep period's trading days recorded in the store, which date the report's curves.</summary>
public sealed class SqliteTrialStoreDatesTests
{
    [Fact]
    public void ReadTradingDates_NothingRecorded_IsNull()
    {
        using var folder = new TempFolder();
        using var store = SqliteTrialStore.Open(folder.File("s.sqlite"), TestTrials.Identity);

        Assert.Null(store.ReadTradingDates());
    }

    [Fact]
    public void RecordTradingDates_ThenReopen_ReadsTheSameDaysAndALaterRecordReplacesThem()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.sqlite");
        DateOnly[] days = [new(2015, 1, 2), new(2015, 1, 5), new(2016, 2, 29)];
        using (var store = SqliteTrialStore.Open(path, TestTrials.Identity))
        {
            store.RecordTradingDates([new(2014, 1, 2)]);
            store.RecordTradingDates(days);
        }

        using var reopened = SqliteTrialStore.Open(path, TestTrials.Identity);
        Assert.Equal(days, reopened.ReadTradingDates());
        reopened.RecordTradingDates([]);
        Assert.Empty(reopened.ReadTradingDates()!);
    }

    [Fact]
    public void ReadTradingDates_CorruptText_ThrowsDataExceptionNamingTheDate()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.sqlite");
        using var store = SqliteTrialStore.Open(path, TestTrials.Identity);
        store.RecordTradingDates([new(2015, 1, 2)]);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE sweep SET value = '2015-01-02,2015-13-01' WHERE name = 'trading_dates'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var error = Assert.Throws<DataException>(() => store.ReadTradingDates());
        Assert.Contains("'2015-13-01' (number 2)", error.Message, StringComparison.Ordinal);
    }
}
