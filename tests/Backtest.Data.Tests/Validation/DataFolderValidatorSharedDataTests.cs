using Backtest.Data.Calendar;
using Backtest.Data.Validation;
using Backtest.Testing;

namespace Backtest.Data.Tests.Validation;

/// <summary>Every real file in shared/data/lean and shared/data/market passes DataFolderValidator.</summary>
public sealed class DataFolderValidatorSharedDataTests
{
    [Fact]
    public void Validate_LeanSampleFolder_EveryFileValid()
    {
        var folder = SharedData.LeanDataFolder ?? Skip();

        var results = DataFolderValidator.Validate(folder);

        Assert.True(results.All(r => r.Ok), Describe(results));
        Dump(results);
        // Gaps the README documents (map-file history, delisting gaps, sparse early blocks) are warnings only.
        string[] withGaps =
        [
            "equity/usa/daily/aaa.zip", "equity/usa/daily/bno.zip", "equity/usa/daily/eem.zip", "equity/usa/daily/fb.zip",
            "equity/usa/daily/qqq.zip", "equity/usa/daily/uso.zip", "equity/usa/daily/wm.zip",
            "equity/usa/hour/spwr.zip", "equity/usa/hour/tapa.zip", "equity/usa/hour/vxx.zip",
        ];
        Assert.Equal(withGaps, results.Where(r => r.Warnings.Count > 0).Select(r => r.Path));
        Assert.All(results.SelectMany(r => r.Warnings), w => Assert.Equal(ValidationCheck.MissingTradingDays, w.Check));
        var qqq = Assert.Single(results, r => r.Path == "equity/usa/daily/qqq.zip");
        Assert.Contains("between 2004-11-30 and 2011-03-23", Assert.Single(qqq.Warnings).Message, StringComparison.Ordinal);
        Assert.Equal(5849, Assert.Single(results, r => r.Path == "equity/usa/daily/spy.zip").Rows);
        Assert.Equal(DataFileKind.NotDataFile, Assert.Single(results, r => r.Path == "symbol-properties/security-database.csv").Kind);
        Assert.DoesNotContain(results, r => r.Path.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MarketFolder_EveryFileValid()
    {
        var folder = SharedData.MarketDataFolder ?? Skip();
        var lean = SharedData.LeanDataFolder;
        var options = lean is null ? DataFolderValidator.DefaultOptions
            : DataFolderValidator.DefaultOptions with { Calendar = MarketHoursDatabaseReader.Read(Path.Combine(lean, "market-hours", "market-hours-database.json")) };

        var results = DataFolderValidator.Validate(folder, options);

        Assert.True(results.All(r => r.Ok), Describe(results));
        Dump(results);
        Assert.Equal(DataFileKind.NotDataFile, Assert.Single(results, r => r.Path == "manifest.csv").Kind);
        // ^IRX is a yield: Yahoo's low went to -0.013% on 2020-03-18 (line 3824); that is a warning, not an error.
        var irx = Assert.Single(results, r => r.Warnings.Count > 0);
        Assert.Equal("rates/IRX.csv", irx.Path);
        Assert.StartsWith(Path.Combine(folder, "rates", "IRX.csv") + ":3824, column Low", irx.Warnings[0].Message, StringComparison.Ordinal);
        // DFF is published for every calendar day, weekends included; the rate reader takes it as it is.
        Assert.Equal(DataFileKind.RateCsv, Assert.Single(results, r => r.Path == "rates/DFF.csv").Kind);
        // DGS10 has 502 rows with an empty value (grep -c ",$"): counted as days without observation.
        Assert.StartsWith("502 days without observation", Assert.Single(results, r => r.Path == "rates/DGS10.csv").Note, StringComparison.Ordinal);
        // Rows per PROVENANCE.md's table (data rows, header excluded).
        Assert.Equal(8400, Assert.Single(results, r => r.Path == "daily/SPY.csv").Rows);
        Assert.Equal(3287, Assert.Single(results, r => r.Path == "daily/SPSM.csv").Rows);
        Assert.Equal(3162, Assert.Single(results, r => r.Path == "daily/VTWO.csv").Rows);
    }

    private static void Dump(IReadOnlyList<FileValidationResult> results)
    {
        var path = Environment.GetEnvironmentVariable("BACKTEST_DUMP_VALIDATION");
        if (!string.IsNullOrEmpty(path))
        {
            File.AppendAllLines(path, results.Select(r => $"{r.Path} | {r.Kind} | {r.Rows} | {r.Note} | {r.Warnings.Count} | {string.Join(" || ", r.Warnings.Take(3).Select(w => w.Message))}"));
        }
    }

    private static string Describe(IReadOnlyList<FileValidationResult> results) =>
        string.Join('\n', results.Where(r => !r.Ok).Select(r => $"{r.Path}: {r.Error}"));

    private static string Skip()
    {
        Assert.Skip(SharedData.MissingReason);
        return null!;
    }
}
