using System.Globalization;
using System.Text;
using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Import;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Data.Tests.Import;

public sealed class CsvImporterTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [Fact]
    public void Import_YahooWithAdjustedClose_RoundTripsRawAndAdjustedPricesToATenThousandth()
    {
        using var temp = new TempFolder();
        var (csv, closes, adjusted) = WriteYahoo(temp, "ABC", days: 300, dividendEvery: 63);
        var lean = Path.Combine(temp.Path, "lean");

        var result = CsvImporter.Import([csv], lean);

        Assert.Equal("adjusted-close", Assert.Single(result).FactorSource);
        var frame = Load(lean, "ABC", closes.Keys.First(), closes.Keys.Last());
        var columns = frame.Symbols[0];
        var scale = columns.PriceScale(DataNormalizationMode.Adjusted);
        for (var i = 0; i < frame.Index.Count; i++)
        {
            var day = DateOnly.FromDateTime(frame.Index.StartTimes[i]);
            Assert.Equal(closes[day], columns.Close[i], 1e-4);
            Assert.Equal(adjusted[day], columns.Close[i] * scale[i], 1e-4);
        }
    }

    [Fact]
    public void DeriveFactors_DividendsWithoutAdjustedClose_FollowLeanRuleGoingBackFromTheEnd()
    {
        using var temp = new TempFolder();
        var (csv, closes, _) = WriteYahoo(temp, "DIV", days: 130, dividendEvery: 40);
        var series = Backtest.Data.Csv.CsvBarReader.Read(csv) with { AdjustedClose = null };

        var (rows, source) = CsvImporter.DeriveFactors(series);

        Assert.Equal("dividends", source);
        var factors = new Backtest.Data.Lean.FactorFile("DIV", rows);
        // Independent: the factor of a day is the product of (1 - dividend / close of the day before the ex-date)
        // over every later ex-date (SEMANTICS.md E, the LEAN factor-file convention).
        var dates = closes.Keys.ToArray();
        for (var i = 0; i < dates.Length; i++)
        {
            var expected = 1.0;
            for (var e = i + 1; e < dates.Length; e++)
            {
                if (e % 40 == 0)
                {
                    expected *= 1 - (0.5 / closes[dates[e - 1]]);
                }
            }

            Assert.Equal(expected, factors.RowFor(dates[i])!.Value.PriceScaleFactor, 1e-12);
        }
    }

    [Fact]
    public void Import_FullyAdjustedFile_IsRecordedAdjustedAndRawModeRefuses()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("ADJ.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n2020-01-03,10.5,11,10,10.75,200\n");
        var lean = Path.Combine(temp.Path, "lean");

        var result = CsvImporter.Import([csv], lean);

        Assert.Equal(PriceBasis.Adjusted, Assert.Single(result).Basis);
        var frame = Load(lean, "ADJ", new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 3));
        Assert.Equal(10.75, frame.Symbols[0].Close[1], 1e-9);
        var error = Assert.Throws<DataException>(() => frame.Symbols[0].PriceScale(DataNormalizationMode.Raw));
        Assert.Contains("only adjusted prices", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedFile_WritesNothingAndNamesTheLine()
    {
        using var temp = new TempFolder();
        var good = temp.Write("in/AAA.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n");
        var bad = temp.Write("in/BBB.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,abc,100\n");
        var lean = Path.Combine(temp.Path, "lean");

        var error = Assert.Throws<DataException>(() => CsvImporter.Import([good, bad], lean));

        Assert.Contains("BBB.csv:2", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(lean));
    }

    [Fact]
    public void Import_BadFileOverAnEarlierImport_LeavesEveryEarlierFileByteIdenticalAndNoStagingFolder()
    {
        using var temp = new TempFolder();
        var lean = Path.Combine(temp.Path, "lean");
        var first = temp.Write("v1/AAA.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n");
        CsvImporter.Import([first], lean);
        var before = Snapshot(lean);
        // A new AAA (read and staged completely) followed by a bad BBB: the new AAA must not be published.
        var second = temp.Write("v2/AAA.csv", "date,open,high,low,close,volume\n2020-01-02,20,21,19,20.5,200\n2020-01-03,21,22,20,21.5,210\n");
        var bad = temp.Write("v2/BBB.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n2020-01-03,10,11,9,abc,100\n");

        var error = Assert.Throws<DataException>(() => CsvImporter.Import([second, bad], lean));

        Assert.Contains("BBB.csv:3", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(lean));
        Assert.False(Directory.Exists(Path.Combine(lean, CsvImporter.StagingFolderName)));
    }

    [Fact]
    public void Import_LeftoverStagingFolderFromAKilledImport_IsReplacedAndNotPublished()
    {
        using var temp = new TempFolder();
        var lean = Path.Combine(temp.Path, "lean");
        temp.Write("lean/" + CsvImporter.StagingFolderName + "/equity/usa/daily/zzz.zip", "half a zip from a killed import");
        var csv = temp.Write("in/AAA.csv", "date,open,high,low,close,volume\n2020-01-02,10,11,9,10.5,100\n");

        CsvImporter.Import([csv], lean);

        Assert.False(File.Exists(Path.Combine(lean, "equity", "usa", "daily", "zzz.zip")));
        Assert.True(File.Exists(Path.Combine(lean, "equity", "usa", "daily", "aaa.zip")));
        Assert.False(Directory.Exists(Path.Combine(lean, CsvImporter.StagingFolderName)));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public void Import_SameInputTwice_GivesIdenticalBytes()
    {
        using var temp = new TempFolder();
        var (csv, _, _) = WriteYahoo(temp, "DET", days: 50, dividendEvery: 20);
        var a = Path.Combine(temp.Path, "a");
        var b = Path.Combine(temp.Path, "b");

        CsvImporter.Import([csv], a);
        CsvImporter.Import([csv], b);

        var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToArray();
        var filesB = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(filesA, filesB);
        Assert.All(filesA, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f))));
    }

    [Fact]
    public void Import_RealYahooFileWithDividends_ReproducesItsAdjustedClose()
    {
        var csv = SharedData.PathOf("data", "market", "daily", "IJR.csv");
        if (csv is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        using var temp = new TempFolder();
        CsvImporter.Import([csv], temp.Path);

        var source = Backtest.Data.Csv.CsvBarReader.Read(csv);
        var frame = Load(temp.Path, "IJR", source.Dates[0], source.Dates[^1]);
        var scale = frame.Symbols[0].PriceScale(DataNormalizationMode.Adjusted);
        var worst = 0.0;
        for (var i = 0; i < source.Count; i++)
        {
            var at = frame.Index.LowerBound(source.Dates[i].ToDateTime(TimeOnly.MinValue));
            Assert.Equal(source.Close[i], frame.Symbols[0].Close[at], 1e-4);
            worst = Math.Max(worst, Math.Abs((frame.Symbols[0].Close[at] * scale[at]) - source.AdjustedClose![i]));
        }

        Assert.True(worst <= 1e-4, $"largest adjusted-close difference {worst.ToString("G6", Inv)}");
    }

    private static Backtest.Data.Frames.BarFrame Load(string lean, string ticker, DateOnly first, DateOnly last)
    {
        var calendar = MarketHoursDatabaseReader.Read(Path.Combine(lean, "market-hours", "market-hours-database.json"));
        return FrameLoader.FromLean(lean, [ticker], Resolution.Daily, first, last, calendar);
    }

    /// <summary>A Yahoo-style file on consecutive trading days with a 0.50 dividend every n-th row.</summary>
    private static (string Path, SortedDictionary<DateOnly, double> Closes, SortedDictionary<DateOnly, double> Adjusted) WriteYahoo(
        TempFolder temp, string ticker, int days, int dividendEvery)
    {
        var calendar = UsEquityCalendarRules.Build(2019, 2021);
        var dates = calendar.TradingDays(new DateOnly(2019, 1, 2), new DateOnly(2021, 12, 31)).Take(days).ToArray();
        var closes = new SortedDictionary<DateOnly, double>();
        var random = new Random(7);
        var price = 50.0;
        foreach (var d in dates)
        {
            price = Math.Round(price * (1 + ((random.NextDouble() - 0.5) * 0.04)), 4);
            closes[d] = price;
        }

        // Independent adjusted close: multiply by (1 - D / previous close) for each later ex-date.
        var adjusted = new SortedDictionary<DateOnly, double>();
        for (var i = 0; i < dates.Length; i++)
        {
            var f = 1.0;
            for (var e = i + 1; e < dates.Length; e++)
            {
                if (e % dividendEvery == 0)
                {
                    f *= 1 - (0.5 / closes[dates[e - 1]]);
                }
            }

            adjusted[dates[i]] = closes[dates[i]] * f;
        }

        var sb = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume,Dividends\n");
        for (var i = 0; i < dates.Length; i++)
        {
            var c = closes[dates[i]];
            sb.Append(dates[i].ToString("yyyy-MM-dd", Inv)).Append(',')
              .Append(c.ToString("R", Inv)).Append(',').Append((c + 1).ToString("R", Inv)).Append(',')
              .Append((c - 1).ToString("R", Inv)).Append(',').Append(c.ToString("R", Inv)).Append(',');
            sb.Append(adjusted[dates[i]].ToString("R", Inv)).Append(',');

            sb.Append("1000,").Append(i % dividendEvery == 0 && i > 0 ? "0.5" : "0").Append('\n');
        }

        return (temp.Write(ticker + ".csv", sb.ToString()), closes, adjusted);
    }
}
