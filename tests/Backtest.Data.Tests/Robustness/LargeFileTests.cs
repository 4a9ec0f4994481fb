using System.Globalization;
using System.Text;
using Backtest.Data.Validation;
using Backtest.Testing;

namespace Backtest.Data.Tests.Robustness;

/// <summary>
/// A bar CSV of a few hundred MB, generated on the fly, is validated in one streaming pass with bounded memory.
/// Runs alone (no parallel tests) so the managed-heap samples are this test's own. Memory is the live heap, what each
/// collection leaves: the heap before a collection also holds the garbage of the rows read since the last one, as much
/// as the collector's first-generation budget, which is sized from the CPU's cache (84 MB on one of our machines).
/// </summary>
[Collection(nameof(LargeFileCollection))]
public sealed class LargeFileTests
{
    /// <summary>Rows of about 120 bytes: 2.6 million of them make a file of roughly 300 MB.</summary>
    private const int Rows = 2_600_000;

    [Fact]
    public void ValidateFile_ThreeHundredMegabyteCsv_StreamsWithHeapFarBelowFileSize()
    {
        using var temp = new TempFolder();
        var path = temp.File("BIG.csv");
        WriteLargeCsv(path, Rows);
        var size = new FileInfo(path).Length;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        // Measured the same way as the peak: what the forced full collection left.
        var baseline = LiveAfterLastCollection();
        var collections = GC.CollectionCount(0);

        var (result, peak) = WithPeakLiveHeap(() => DataFolderValidator.ValidateFile(path));

        Assert.True(size > 250_000_000, $"the generated file has only {size} bytes");
        Assert.Null(result.Error);
        Assert.Equal(Rows, result.Rows);
        // Without collections during the pass there would be no live-heap figure to judge.
        Assert.True(GC.CollectionCount(0) - collections >= 2, "no collection ran while validating; the live heap was not observed");
        var growth = peak - baseline;
        // Loading the rows would need at least 6 doubles (48 bytes) per row, 125 MB here; streaming needs buffers only.
        Assert.True(growth < size / 10, $"the live managed heap grew by {growth / 1_000_000.0:F1} MB while validating a {size / 1_000_000.0:F1} MB file");
        TestContext.Current.TestOutputHelper?.WriteLine($"validated {size / 1_000_000.0:F1} MB; peak live heap growth {growth / 1_000_000.0:F1} MB");
    }

    /// <summary>Yahoo layout plus a free-text column the reader ignores (it pads rows to a realistic width).</summary>
    private static void WriteLargeCsv(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("Date,Open,High,Low,Close,Adj Close,Volume,Dividends,Comment\n");
        var day = new DateOnly(1900, 1, 1);
        const string comment = "generated row padded to look like a vendor export with a note column";
        for (var i = 0; i < rows; i++)
        {
            var basePrice = 100 + (i % 1000 * 0.01);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{day.AddDays(i):yyyy-MM-dd},{basePrice + 0.5:F2},{basePrice + 2:F2},{basePrice:F2},{basePrice + 1.25:F2},{basePrice + 1.2:F4},{1000 + (i % 977)},0,{comment}\n"));
        }
    }

    /// <summary>Runs <paramref name="action"/> and returns the largest heap any collection during it left behind.</summary>
    private static (T Result, long PeakBytes) WithPeakLiveHeap<T>(Func<T> action)
    {
        var peak = 0L;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(2))
            {
                peak = Math.Max(peak, LiveAfterLastCollection());
            }
        });
        sampler.Start();
        T result;
        try
        {
            result = action();
        }
        finally
        {
            done.Set();
            sampler.Join();
        }

        return (result, Math.Max(peak, LiveAfterLastCollection()));
    }

    /// <summary>The bytes of objects the last collection kept, over all generations.</summary>
    private static long LiveAfterLastCollection()
    {
        var total = 0L;
        foreach (var generation in GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo)
        {
            // Free space between objects (large-object regions keep the holes of earlier tests) is not live data.
            total += generation.SizeAfterBytes - generation.FragmentationAfterBytes;
        }

        return total;
    }
}

/// <summary>Runs <see cref="LargeFileTests"/> without other tests alongside.</summary>
[CollectionDefinition(nameof(LargeFileCollection), DisableParallelization = true)]
public sealed class LargeFileCollection;
