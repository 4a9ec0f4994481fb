using System.Globalization;
using System.Text;
using Backtest.Data.Csv;
using Backtest.Data.Tests.Validation;
using Backtest.Data.Validation;
using Backtest.Testing;

namespace Backtest.Data.Tests.Csv;

/// <summary>
/// CsvBarReader parses plain rows from bytes and hands every other row to its text reader. Over files of each layout
/// mixing plain and odd rows (long and short decimals, exponents, signs, blanks, quotes, bad dates, blank lines, line
/// endings, byte order marks), it must give what the text reader alone gives: the same series bit for bit, the same
/// report, or the same error.
/// </summary>
public sealed class CsvByteReaderTests
{
    private static readonly string[] Headers =
    [
        "date,open,high,low,close,volume",
        "Date,Open,High,Low,Close,AdjClose,Volume,Dividends",
        "observation_date,close",
        "Date,Open,High,Low,Close,Volume,stock",
    ];

    private static readonly string[] Endings = ["\n", "\r\n", "\r"];

    [Fact]
    public void Read_RandomFiles_AgreeWithTheTextReader()
    {
        using var temp = new TempFolder();
        var random = new Random(20261205);
        var outcomes = new Dictionary<string, int>();
        for (var f = 0; f < 400; f++)
        {
            var options = (f % 3) switch
            {
                0 => ValidationOptions.Strict,
                1 => ValidationOptions.Lenient,
                _ => new ValidationOptions(Enum.GetValues<ValidationCheck>().ToHashSet()),
            };
            var path = temp.File($"f{f}.csv");
            File.WriteAllBytes(path, RandomFile(random, Headers[f % Headers.Length], f % 3 == 0 ? 0.0 : f % 3 == 1 ? 0.01 : 0.15));
            var bytes = Outcome(() => CsvBarReader.Read(path, options));
            var text = Outcome(() => CsvBarReader.ReadAsText(path, options));

            Assert.True(text == bytes, $"file {f}:\ntext: {text}\nbytes: {bytes}");
            var kind = text.StartsWith("error", StringComparison.Ordinal) ? "error" : text.Contains("warning", StringComparison.Ordinal) ? "warnings" : "clean";
            outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
        }

        Assert.True(outcomes.GetValueOrDefault("clean") >= 20 && outcomes.GetValueOrDefault("error") >= 20 && outcomes.GetValueOrDefault("warnings") >= 20,
            string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
    }

    [Fact]
    public void TryNumber_DecimalsOfEveryLength_AreWhatDoubleParseGives()
    {
        var random = new Random(11);
        for (var k = 0; k < 200_000; k++)
        {
            var digits = random.Next(1, 20);
            var point = random.Next(-1, digits + 1);
            var sb = new StringBuilder();
            if (random.Next(4) == 0)
            {
                sb.Append('-');
            }

            for (var i = 0; i < digits; i++)
            {
                if (i == point)
                {
                    sb.Append('.');
                }

                sb.Append((char)('0' + random.Next(10)));
            }

            var s = sb.ToString();
            var expectedOk = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
            var ok = Utf8Text.TryNumber(Encoding.ASCII.GetBytes(s), out var value);
            Assert.True(expectedOk == ok && BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{s}: {value:R} against {expected:R}");
        }
    }

    private static string Outcome(Func<CsvBarSeries> read) => ReaderOutcome.Of(read, s => s.Report, (s, sb) =>
    {
        sb.Append(s.Format).Append(' ').Append(s.PriceAdjustment).Append(" rows ").Append(s.Report.Rows).Append('\n');
        for (var i = 0; i < s.Count; i++)
        {
            sb.Append(s.Dates[i].DayNumber);
            ReaderOutcome.AppendBits(sb, s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i], s.AdjustedClose?[i] ?? 7, s.Dividends?[i] ?? 7);
        }
    });

    private static byte[] RandomFile(Random random, string header, double odd)
    {
        var sb = new StringBuilder();
        if (random.Next(8) == 0)
        {
            sb.Append('\uFEFF');
        }

        sb.Append(header).Append(Endings[random.Next(Endings.Length)]);
        var columns = header.Split(',');
        var day = new DateOnly(2013, 11, 1);
        var rows = random.Next(0, 30);
        for (var r = 0; r < rows; r++)
        {
            day = day.AddDays(random.Next(4) == 0 ? 3 : 1);
            var close = 10 + (random.NextDouble() * 90);
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["close"] = Number(random, close),
                ["open"] = Number(random, close * (0.995 + (random.NextDouble() * 0.01))),
                ["high"] = Number(random, close * 1.01),
                ["low"] = Number(random, close * 0.99),
                ["adjclose"] = Number(random, close * 0.9),
                ["volume"] = random.Next(0, 5_000_000).ToString(CultureInfo.InvariantCulture),
                ["dividends"] = random.Next(10) == 0 ? "0.25" : "0.0",
                ["stock"] = random.Next(5) == 0 ? "é" : "0",
            };
            var fields = columns.Select(c => c.Contains("date", StringComparison.OrdinalIgnoreCase) ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : values[c]).ToList();
            if (random.NextDouble() < odd)
            {
                Oddity(random, fields);
            }

            sb.Append(string.Join(',', fields)).Append(Endings[random.Next(Endings.Length)]);
            if (random.Next(15) == 0)
            {
                sb.Append(random.Next(2) == 0 ? "  " : string.Empty).Append(Endings[random.Next(Endings.Length)]);
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Number(Random random, double x) => random.Next(4) switch
    {
        0 => x.ToString("R", CultureInfo.InvariantCulture),
        1 => x.ToString("G15", CultureInfo.InvariantCulture),
        2 => x.ToString("F2", CultureInfo.InvariantCulture),
        _ => x.ToString("F6", CultureInfo.InvariantCulture),
    };

    private static void Oddity(Random random, List<string> fields)
    {
        var k = random.Next(fields.Count);
        switch (random.Next(14))
        {
            case 0: fields[k] = " " + fields[k]; break;
            case 1: fields[k] = "\"" + fields[k] + "\""; break;
            case 2: fields[k] = "1.5E+1"; break;
            case 3: fields[k] = "-" + fields[k]; break;
            case 4: fields[k] = string.Empty; break;
            case 5: fields[k] = "NaN"; break;
            case 6: fields[k] = "2013-02-30"; break;
            case 7: fields[k] = "2013-1-05"; break;
            case 8: fields.RemoveAt(fields.Count - 1); break;
            case 9: fields.Add("x"); break;
            case 10: fields[k] = "12."; break;
            case 11: fields[k] = ".5"; break;
            case 12: fields[k] = "1234567890123456789012"; break;
            default: fields[k] += "\t"; break;
        }
    }
}
