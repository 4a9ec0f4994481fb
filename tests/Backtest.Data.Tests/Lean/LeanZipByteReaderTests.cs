using System.IO.Compression;
using System.Text;
using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Data.Tests.Validation;
using Backtest.Data.Validation;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

/// <summary>
/// ReadTradeBars parses LEAN's own row form straight from bytes and hands every other row to the general text reader.
/// Over files mixing both kinds of row, line endings, byte order marks and broken rows, it must give what the text
/// reader alone gives: the same bars bit for bit, the same validation report, or the same error.
/// </summary>
public sealed class LeanZipByteReaderTests
{
    private static readonly string[] Endings = ["\n", "\r\n", "\r"];

    [Fact]
    public void ReadTradeBars_RandomFiles_AgreeWithTheTextReader()
    {
        using var temp = new TempFolder();
        var calendar = ZipFixture.Calendar();
        var random = new Random(20261205);
        var outcomes = new Dictionary<string, int>();
        for (var f = 0; f < 400; f++)
        {
            var resolution = f % 3 == 2 ? Resolution.Hour : Resolution.Daily;
            var options = (f % 4) switch
            {
                0 => ValidationOptions.Strict,
                1 => ValidationOptions.Lenient,
                2 => ValidationOptions.Lenient with { Calendar = calendar, MaxMissingTradingDays = 2 },
                _ => new ValidationOptions(Enum.GetValues<ValidationCheck>().ToHashSet()),
            };
            var zip = WriteBytes(temp.File($"f{f}.zip"), RandomFile(random, f % 3 == 0 ? 0.0 : f % 3 == 1 ? 0.01 : 0.2));
            var fast = Outcome(() => LeanZipReader.ReadTradeBars(zip, resolution, calendar, options));
            var text = Outcome(() => LeanZipReader.ReadTradeBarsAsText(zip, resolution, calendar, options));

            Assert.True(text == fast, $"file {f} ({resolution}):\ntext: {text}\nbytes: {fast}");
            var kind = text.StartsWith("error", StringComparison.Ordinal) ? "error" : text.Contains("warning", StringComparison.Ordinal) ? "warnings" : "clean";
            outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
        }

        // The mix must exercise all three outcomes, or the comparison above proves little.
        Assert.True(outcomes.GetValueOrDefault("clean") >= 20 && outcomes.GetValueOrDefault("error") >= 20 && outcomes.GetValueOrDefault("warnings") >= 20,
            string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
    }

    [Fact]
    public void ReadTradeBars_ByteOrderMarksAndBlankLines_CountLinesAsText()
    {
        using var temp = new TempFolder();
        var calendar = ZipFixture.Calendar();
        var body = "20131127 00:00,1810000,1815000,1805000,1812500,1000\r\n\r\n20131129 00:00,1814000,1816000,1809000,1811500,-5\n";
        foreach (var encoding in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var zip = WriteBytes(temp.File($"bom{encoding.CodePage}.zip"), [.. encoding.GetPreamble(), .. encoding.GetBytes(body)]);

            var error = Assert.Throws<DataException>(() => LeanZipReader.ReadTradeBars(zip, Resolution.Daily, calendar));

            // Line 3: the blank line is counted, the mark is not a character of line 1.
            Assert.Contains(":3", error.Message, StringComparison.Ordinal);
            Assert.Contains("volume", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadTradeBars_EntryLargerThanTheFirstBuffer_IsReadToItsLastLine()
    {
        // 70 MB of blank lines and one bad row at the end: the buffer (at most 64 MB at first) must grow and keep every
        // byte, so the error names the last line.
        using var temp = new TempFolder();
        const int Blank = 70_000_000;
        var content = new byte[Blank + 3];
        content.AsSpan(0, Blank).Fill((byte)'\n');
        "x,y"u8.CopyTo(content.AsSpan(Blank));
        var zip = WriteBytes(temp.File("big.zip"), content);

        var error = Assert.Throws<DataException>(() => LeanZipReader.ReadTradeBars(zip, Resolution.Daily, ZipFixture.Calendar()));

        Assert.Contains($":{Blank + 1}", error.Message, StringComparison.Ordinal);
    }

    private static string Outcome(Func<LeanBarFile> read) => ReaderOutcome.Of(read, file => file.Report, (file, sb) =>
    {
        sb.Append("rows ").Append(file.Report.Rows).Append(" bars ").Append(file.Bars.Count).Append('\n');
        foreach (var b in file.Bars)
        {
            sb.Append(b.Time.Ticks).Append(' ').Append(b.EndTime.Ticks);
            ReaderOutcome.AppendBits(sb, b.Open, b.High, b.Low, b.Close, b.Volume);
        }
    });

    /// <summary>Rows over November-December 2013 (a holiday and an early close in the calendar), mostly in LEAN's form; with
    /// probability <paramref name="odd"/> a row is written another way: decimals, signs, spaces, exponents, 16+ digits,
    /// extra or missing fields, impossible dates and times, a weekend or holiday, out of order or repeated.</summary>
    private static byte[] RandomFile(Random random, double odd)
    {
        var sb = new StringBuilder();
        if (random.Next(8) == 0)
        {
            sb.Append('\uFEFF');
        }

        var day = new DateTime(2013, 11, 1);
        var rows = random.Next(0, 30);
        for (var r = 0; r < rows; r++)
        {
            day = NextTradingDay(day, skip: random.Next(6) == 0);
            var close = random.Next(1_000_000, 2_000_000);
            var (open, high, low) = (close + random.Next(-5000, 5000), close + random.Next(0, 9000), close - random.Next(0, 9000));
            if (random.Next(60) == 0)
            {
                (high, low) = (low, high);
            }

            var fields = new List<string> { day.ToString("yyyyMMdd HH:mm", System.Globalization.CultureInfo.InvariantCulture), $"{open}", $"{high}", $"{low}", $"{close}", $"{random.Next(0, 5_000_000)}" };
            if (random.NextDouble() < odd)
            {
                Oddity(random, fields, ref day);
            }

            sb.Append(string.Join(',', fields)).Append(Endings[random.Next(Endings.Length)]);
            if (random.Next(15) == 0)
            {
                sb.Append(Endings[random.Next(Endings.Length)]);
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static DateTime NextTradingDay(DateTime day, bool skip)
    {
        var calendar = ZipFixture.Calendar();
        for (var n = skip ? 2 : 1; n > 0; n--)
        {
            do
            {
                day = day.AddDays(1);
            }
            while (!calendar.IsTradingDay(DateOnly.FromDateTime(day)));
        }

        return day;
    }

    private static void Oddity(Random random, List<string> fields, ref DateTime day)
    {
        var k = random.Next(1, 6);
        switch (random.Next(16))
        {
            case 0: fields[k] += ".5"; break;
            case 1: fields[k] = "+" + fields[k]; break;
            case 2: fields[k] = " " + fields[k]; break;
            case 3: fields[k] += "e0"; break;
            case 4: fields[k] = "1234567890123456"; break;
            case 5: fields[k] = "0" + fields[k]; break;
            case 6: fields.Add("7"); break;
            case 7: fields.RemoveAt(fields.Count - 1); break;
            case 8: fields[k] = string.Empty; break;
            case 9: fields[0] = "20131131 00:00"; break;
            case 10: fields[0] = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + " 24:00"; break;
            case 11: fields[0] = "20131130 00:00"; break;
            case 12: fields[0] = "20131128 00:00"; break;
            case 13: day = day.AddDays(-3); fields[0] = day.ToString("yyyyMMdd HH:mm", System.Globalization.CultureInfo.InvariantCulture); break;
            case 14: fields[k] = "-" + fields[k]; break;
            default: fields[0] = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + " 10:30"; break;
        }
    }

    private static string WriteBytes(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = archive.CreateEntry(Path.GetFileNameWithoutExtension(path) + ".csv").Open();
        stream.Write(content);
        return path;
    }
}
