using System.IO.Compression;
using System.Text;

namespace Backtest.Data.Tests.Lean;

/// <summary>Writes small LEAN-style zips for reader tests.</summary>
internal static class ZipFixture
{
    public static string Write(string path, string entryName, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        var entry = archive.CreateEntry(entryName);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
        return path;
    }

    /// <summary>A test calendar: weekends closed, 2013-11-28 a holiday, 2013-11-29 an early close at 13:00.</summary>
    public static Backtest.Data.Calendar.TradingCalendar Calendar() =>
        new([new DateOnly(2013, 11, 28)], new Dictionary<DateOnly, TimeOnly> { [new DateOnly(2013, 11, 29)] = new TimeOnly(13, 0) }, new TimeOnly(9, 30), new TimeOnly(16, 0));
}
