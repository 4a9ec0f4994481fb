using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Backtest.Data.Tests.Robustness;

/// <summary>Small valid inputs that the hostile-input tests start from (hand-made, consistent OHLC on weekdays).</summary>
internal static class ValidFixtures
{
    /// <summary>Weekdays from 2024-01-02 on (no holiday check: the readers' default options have no calendar).</summary>
    public static DateOnly[] Weekdays(int count)
    {
        var days = new List<DateOnly>(count);
        for (var d = new DateOnly(2024, 1, 2); days.Count < count; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return [.. days];
    }

    /// <summary>Date,Open,High,Low,Close,Volume with <paramref name="rows"/> rows; row i has low 100+i, high 102+i.</summary>
    public static string BarCsv(int rows = 20)
    {
        var text = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        foreach (var (d, i) in Weekdays(rows).Select((d, i) => (d, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd},{100.5 + i},{102 + i},{100 + i},{101.25 + i},{1000 + (i * 10)}\n");
        }

        return text.ToString();
    }

    public static string FredCsv(int rows = 20)
    {
        var text = new StringBuilder("observation_date,DFF\n");
        foreach (var (d, i) in Weekdays(rows).Select((d, i) => (d, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd},{5.33 - (i * 0.01):0.00}\n");
        }

        return text.ToString();
    }

    /// <summary>LEAN factor rows (yyyyMMdd,priceFactor,splitFactor,referencePrice), ascending, ending 2050-12-31.</summary>
    public const string FactorFile = "20100104,0.8,0.25,120.5\n20150102,0.9,0.5,150.25\n20200102,0.95,1,300\n20501231,1,1,0\n";

    public const string MapFile = "19980102,spy,P\n20080101,spy,P\n20501231,spy,P\n";

    /// <summary>LEAN daily rows in deci-cents for weekdays from 2024-01-02.</summary>
    public static string LeanDaily(int rows = 10)
    {
        var text = new StringBuilder();
        foreach (var (d, i) in Weekdays(rows).Select((d, i) => (d, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{d:yyyyMMdd} 00:00,{1_005_000 + (i * 10_000)},{1_020_000 + (i * 10_000)},{1_000_000 + (i * 10_000)},{1_012_500 + (i * 10_000)},{1000 + i}\n");
        }

        return text.ToString();
    }

    public static byte[] Zip(string entryName, string content)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry(entryName);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return memory.ToArray();
    }

    public const string MarketHours = """
        { "entries": { "Equity-usa-[*]": {
            "monday": [ { "start": "04:00:00", "end": "09:30:00", "state": "premarket" }, { "start": "09:30:00", "end": "16:00:00", "state": "market" } ],
            "holidays": [ "1/1/2024", "1/15/2024" ],
            "earlyCloses": { "11/29/2024": "13:00:00" },
            "lateOpens": { }
        } } }
        """;

    public static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
