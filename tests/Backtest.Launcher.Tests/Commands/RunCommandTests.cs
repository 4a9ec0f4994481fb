using System.Globalization;
using System.Text.Json;
using Backtest.Data.Calendar;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Commands;

/// <summary><c>backtest run</c> with the real engine on the embedded synthetic sample.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Run_SameInputsTwice_GivesByteIdenticalResultFiles()
    {
        WriteConfig("FixedMix", """{ "Weights": "IWM:0.5,QQQ:0.5", "StartYear": "2015" }""");
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        Assert.Equal(0, launcher.Invoke("run", "--config", temp.File("config.json")));
        var folder = Assert.Single(Directory.GetDirectories(temp.File("out")));
        var first = ResultFileBytes(folder);
        Assert.Equal(0, launcher.Invoke("run", "--config", temp.File("config.json")));
        var second = ResultFileBytes(folder);

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.Equal(kv.Value, second[kv.Key]));
    }

    [Fact]
    public void Run_NoTearSheet_WritesTheSameResultFilesWithoutTheTearSheet()
    {
        WriteConfig("FixedMix", """{ "Weights": "IWM:0.5,QQQ:0.5", "StartYear": "2015" }""");
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        Assert.Equal(0, launcher.Invoke("run", "--config", temp.File("config.json"), "--no-tear-sheet", "-o", "lean"));
        Assert.Equal(0, launcher.Invoke("run", "--config", temp.File("config.json"), "-o", "full"));
        var lean = ResultFileBytes(Assert.Single(Directory.GetDirectories(temp.File("lean"))));
        var full = ResultFileBytes(Assert.Single(Directory.GetDirectories(temp.File("full"))));

        Assert.DoesNotContain("tearsheet.html", lean.Keys);
        full.Remove("tearsheet.html"); // present when the charting library is installed
        Assert.Equal(full.Keys, lean.Keys);
        Assert.All(full, kv => Assert.Equal(kv.Value, lean[kv.Key]));
    }

    [Fact]
    public void Run_BuyAndHold_EndEquityEqualsCashPlusSharesAtTheLastAdjustedClose()
    {
        WriteConfig("BuyAndHold", """{ "Ticker": "QQQ", "StartYear": "2010" }""");
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        Assert.Equal(0, launcher.Invoke("run", "--config", temp.File("config.json")));

        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Assert.Single(Directory.GetDirectories(temp.File("out"))), "result.json")));
        var order = Assert.Single(doc.RootElement.GetProperty("orders").EnumerateArray());
        var qty = order.GetProperty("quantity").GetDouble();
        var price = order.GetProperty("fillPrice").GetDouble();
        var fee = order.GetProperty("fee").GetDouble();
        // Independent: the last adjusted close of QQQ in the sample, read straight from the data folder.
        var sample = RepoPaths.PathOf("Data", "sample");
        var calendar = MarketHoursDatabaseReader.Read(Path.Combine(sample, "market-hours", "market-hours-database.json"));
        var frame = FrameLoader.FromLean(sample, ["QQQ"], Resolution.Daily, new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), calendar);
        var columns = frame.Symbols[0];
        var lastClose = columns.Close[^1] * columns.PriceScale(DataNormalizationMode.Adjusted)[^1];
        var expected = 100_000 - (qty * price) - fee + (qty * lastClose);
        Assert.Equal(expected, doc.RootElement.GetProperty("endEquity").GetDouble(), 1e-6);
        // LEAN sizing: 99.75% of the portfolio at the decision close, whole shares.
        Assert.InRange(qty * price / 100_000, 0.98, 0.9975 * 1.05);
        Assert.True(doc.RootElement.GetProperty("data").GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public void Run_UnknownParameter_ExitsTwoNamingTheJsonPath()
    {
        WriteConfig("BuyAndHold", """{ "Tickr": "QQQ" }""");
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        var code = launcher.Invoke("run", "--config", temp.File("config.json"));

        Assert.Equal(2, code);
        Assert.Contains("$.parameters.Tickr", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Ticker", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutOfRangeParameter_ExitsTwoBeforeAnyResultIsWritten()
    {
        WriteConfig("BuyAndHold", """{ "StartYear": "1800" }""");
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        var code = launcher.Invoke("run", "--config", temp.File("config.json"));

        Assert.Equal(2, code);
        Assert.Contains("$.parameters.StartYear", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")) && Directory.GetDirectories(temp.File("out")).Length > 0);
    }

    private void WriteConfig(string algorithm, string parameters)
    {
        var sample = RepoPaths.PathOf("Data", "sample").Replace('\\', '/');
        temp.Write("config.json", string.Create(CultureInfo.InvariantCulture,
            $$"""{ "algorithm-type-name": "{{algorithm}}", "data-folder": "{{sample}}", "results-destination-folder": "out", "parameters": {{parameters}} }"""));
    }

    /// <summary>Every file of the run folder but the log (whose lines carry wall-clock times), by name.</summary>
    private static Dictionary<string, byte[]> ResultFileBytes(string folder)
    {
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => f != "log.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Contains("result.json", files);
        return files.ToDictionary(f => f!, f => File.ReadAllBytes(Path.Combine(folder, f!)));
    }
}
