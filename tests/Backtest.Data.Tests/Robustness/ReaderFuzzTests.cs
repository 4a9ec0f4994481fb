using System.Text;
using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Import;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Data.Tests.Robustness;

/// <summary>
/// Fuzzing every reader: any byte string yields a value or a <see cref="Errors.DataException"/> naming the file,
/// never another exception type or a hang (see <see cref="Fuzz"/>). Seeds are fixed so a failure replays.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private static readonly TradingCalendar Weekdays = new([], new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void CsvBarReader_RandomBytes_ValueOrDataException() =>
        Fuzz.Check(Fuzz.AnyBytes(), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => CsvBarReader.Read(p)));

    [Fact]
    public void CsvBarReader_RandomRowsAfterHeader_ValueOrDataException() =>
        Fuzz.Check(Fuzz.CsvAfter("Date,Open,High,Low,Close,Adj Close,Volume,Dividends"), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => CsvBarReader.Read(p)));

    [Fact]
    public void CsvBarReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations(ValidFixtures.BarCsv()), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => CsvBarReader.Read(p)));

    [Fact]
    public void FredSeriesReader_RandomBytes_ValueOrDataException() =>
        Fuzz.Check(Fuzz.AnyBytes(), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("DFF.csv"), bytes, p => FredSeriesReader.Read(p)));

    [Fact]
    public void FredSeriesReader_RandomRowsAfterHeader_ValueOrDataException() =>
        Fuzz.Check(Fuzz.CsvAfter("observation_date,DFF"), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("DFF.csv"), bytes, p => FredSeriesReader.Read(p)));

    [Fact]
    public void FredSeriesReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations(ValidFixtures.FredCsv()), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("DFF.csv"), bytes, p => FredSeriesReader.Read(p)));

    [Fact]
    public void FactorFileReader_RandomText_ValueOrDataException() =>
        Fuzz.Check(Arb.From(Fuzz.CsvText(300).Select(Encoding.UTF8.GetBytes)), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => FactorFileReader.Read(p)));

    [Fact]
    public void FactorFileReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations(ValidFixtures.FactorFile), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => FactorFileReader.Read(p)));

    [Fact]
    public void MapFileReader_RandomText_ValueOrDataException() =>
        Fuzz.Check(Arb.From(Fuzz.CsvText(300).Select(Encoding.UTF8.GetBytes)), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => MapFileReader.Read(p)));

    [Fact]
    public void MapFileReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations(ValidFixtures.MapFile), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.csv"), bytes, p => MapFileReader.Read(p)));

    [Fact]
    public void InterestRateReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations("DATE,PCREDIT8\n" + ValidFixtures.FredCsv().Split('\n', 2)[1]), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("interest-rate.csv"), bytes, p => InterestRateReader.Read(p)));

    [Fact]
    public void LeanZipReader_RandomBytes_ValueOrDataException() =>
        Fuzz.Check(Fuzz.AnyBytes(), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.zip"), bytes, ReadDaily));

    [Fact]
    public void LeanZipReader_ValidZipWithBytesChanged_ValueOrDataException()
    {
        var valid = ValidFixtures.Zip("spy.csv", ValidFixtures.LeanDaily());
        var mutated = from count in Gen.Choose(1, 8)
                      from positions in Gen.Choose(0, valid.Length - 1).ArrayOf(count)
                      from values in Gen.Choose(0, 255).ArrayOf(count)
                      from cut in Gen.Choose(0, valid.Length)
                      from truncate in Gen.Elements(false, false, false, true)
                      select Corrupt(valid, positions, values, truncate ? cut : valid.Length);
        Fuzz.Check(Arb.From(mutated), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.zip"), bytes, ReadDaily));
    }

    [Fact]
    public void LeanZipReader_ValidZipWithMutatedEntry_ValueOrDataException()
    {
        var entries = Fuzz.Mutations(ValidFixtures.LeanDaily()).Generator.Select(csv => ValidFixtures.Zip("spy.csv", Encoding.UTF8.GetString(csv)));
        Fuzz.Check(Arb.From(entries), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("spy.zip"), bytes, ReadDaily));
    }

    [Fact]
    public void LeanZipReader_MinuteZipWithRandomEntry_ValueOrDataException()
    {
        var entries = Fuzz.CsvText(400).Select(csv => ValidFixtures.Zip("20240102_spy_minute_trade.csv", csv));
        Fuzz.Check(Arb.From(entries), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("20240102_trade.zip"), bytes,
            p => LeanZipReader.ReadMinuteTrades(p, new DateOnly(2024, 1, 2))));
    }

    [Fact]
    public void MarketHoursDatabaseReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations(ValidFixtures.MarketHours), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("market-hours-database.json"), bytes, p => MarketHoursDatabaseReader.Read(p)));

    [Fact]
    public void MarketHoursDatabaseReader_RandomBytes_ValueOrDataException() =>
        Fuzz.Check(Fuzz.AnyBytes(), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("market-hours-database.json"), bytes, p => MarketHoursDatabaseReader.Read(p)));

    [Fact]
    public void SymbolPropertiesReader_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations(SymbolProperties), bytes => Fuzz.AcceptsOrRejectsCleanly(temp.File("symbol-properties-database.csv"), bytes, p => SymbolPropertiesReader.ReadUsaEquity(p)));

    [Fact]
    public void PriceBasisFile_MutatedValidFile_ValueOrDataException() =>
        Fuzz.Check(Fuzz.Mutations("ticker,basis\nAAA,raw\nBBB,adjusted\n"), bytes =>
        {
            Directory.CreateDirectory(temp.File("basis"));
            return Fuzz.AcceptsOrRejectsCleanly(temp.File("basis/price-basis.csv"), bytes, _ => PriceBasisFile.Read(temp.File("basis")));
        });

    private const string SymbolProperties =
        "market,symbol,type,description,quote_currency,contract_multiplier,minimum_price_variation,lot_size\n# comment\nusa,[*],option,,USD,100,0.01,1\nusa,\"A, B\",equity,\"x, y\",USD,1,0.01,1\nusa,[*],equity,,USD,1,0.01,1\n";

    private static void ReadDaily(string path) => LeanZipReader.ReadTradeBars(path, Resolution.Daily, Weekdays);

    private static byte[] Corrupt(byte[] valid, int[] positions, int[] values, int length)
    {
        var copy = valid[..length];
        for (var i = 0; i < positions.Length; i++)
        {
            if (positions[i] < copy.Length)
            {
                copy[positions[i]] = (byte)values[i];
            }
        }

        return copy;
    }
}
