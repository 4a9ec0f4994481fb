using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// A bar CSV far larger than the memory it may use goes through <c>backtest data validate</c> and
/// <c>backtest data import</c> as real child processes: the managed heap is capped (DOTNET_GCHeapHardLimit) far below
/// the file's size, so a command that kept the rows would die of out-of-memory, and the process's peak resident set
/// (VmHWM, sampled while it runs) must stay below the file's size too. About 100 MB in CI; set
/// BACKTEST_LARGE_CSV_MB (e.g. 400) for the few-hundred-MB run. Runs alone so the machine's memory and cores are its own.
/// </summary>
[Collection(nameof(LargeCsvCollection))]
public sealed class LargeCsvProcessTests : IDisposable
{
    /// <summary>Bytes per generated row (fixed-width fields), so the row count follows from the wanted size.</summary>
    private const int RowBytes = 160;

    /// <summary>Pads a row to <see cref="RowBytes"/>, as a vendor's note column would; the reader ignores the column.</summary>
    private static readonly string Comment = "vendor note, ignored on import ".PadRight(RowBytes - 62, '.');

    /// <summary>48 MB of managed heap: a tenth of a 400 MB file and under half of the CI file.</summary>
    private const string HeapLimit = "0x3000000";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void DataValidateAndImport_CsvFarLargerThanTheHeapCap_StreamWithBoundedMemory()
    {
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("BACKTEST_LARGE_CSV_MB"), CultureInfo.InvariantCulture, out var mb) ? mb : 100;
        var rows = (int)(megabytes * 1_000_000L / RowBytes);
        var path = temp.File("BIG.csv");
        WriteCsv(path, rows);
        var size = new FileInfo(path).Length;
        var environment = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = HeapLimit };

        var validate = RunMeasured(environment, "data", "validate", path);
        var import = RunMeasured(environment, "data", "import", path, "--out", "lean");

        Assert.True(validate.Code == 0, $"validate exit {validate.Code}: {validate.Error}");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"BarCsv, {rows} rows"), validate.Output, StringComparison.Ordinal);
        Assert.True(import.Code == 0, $"import exit {import.Code}: {import.Error}");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" {rows} bars  prices adjusted"), import.Output, StringComparison.Ordinal);
        Assert.Equal(rows, CountZipLines(temp.File("lean/equity/usa/daily/big.zip")));
        Assert.False(Directory.Exists(temp.File("lean/.import-staging")));
        foreach (var (name, peak) in new[] { ("validate", validate.PeakBytes), ("import", import.PeakBytes) })
        {
            Assert.True(peak < size, $"{name}: peak resident set {peak / 1_000_000} MB is not below the {size / 1_000_000} MB file");
            TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {size / 1_000_000} MB file, peak resident set {peak / 1_000_000} MB");
        }
    }

    /// <summary>Runs the executable while sampling its peak resident set (VmHWM only grows, so the last sample is close).</summary>
    private (int Code, string Output, string Error, long PeakBytes) RunMeasured(Dictionary<string, string> environment, params string[] args)
    {
        using var process = BacktestProcess.StartCaptured(temp.Path, environment, args);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var peak = 0L;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(10))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), "the command did not finish within 5 minutes");
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the sample.
            }
        }

        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult(), peak);
    }

    /// <summary>Counts the bar lines of a LEAN zip's single entry by streaming it.</summary>
    private static int CountZipLines(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var stream = Assert.Single(archive.Entries).Open();
        var buffer = new byte[1 << 16];
        var lines = 0;
        for (var read = stream.Read(buffer); read > 0; read = stream.Read(buffer))
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    /// <summary>
    /// OHLCV rows of exactly <see cref="RowBytes"/> bytes, one per calendar day from 1900 (so even 450 MB of rows ends
    /// before 9999, where dates stop); every row is a valid bar.
    /// </summary>
    private static void WriteCsv(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("Date,Open,High,Low,Close,Volume,Comment\n");
        var day = new DateOnly(1900, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var p = 100 + (i % 1000 * 0.01);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{day.AddDays(i):yyyy-MM-dd},{p + 0.5,8:F4},{p + 2,8:F4},{p,8:F4},{p + 1.25,8:F4},{1_000_000 + (i % 9_000_000),13},{Comment}\n"));
        }
    }
}

/// <summary>Runs <see cref="LargeCsvProcessTests"/> without other tests alongside.</summary>
[CollectionDefinition(nameof(LargeCsvCollection), DisableParallelization = true)]
public sealed class LargeCsvCollection;
