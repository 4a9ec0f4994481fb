using System.Globalization;
using System.IO.Compression;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>Test-local reader for the rows of a LEAN equity zip whose date starts with a prefix (fixtures need a few weeks).</summary>
internal static class LeanZipBars
{
    /// <summary>LEAN zip: one CSV entry, rows "yyyyMMdd HH:mm,O,H,L,C,V", prices in deci-cents; values O,H,L,C,V.</summary>
    public static SortedDictionary<DateTime, decimal[]> Read(string zipPath, string datePrefix = "2013")
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.Entries[0].Open());
        var bars = new SortedDictionary<DateTime, decimal[]>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith(datePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(',');
            var time = DateTime.ParseExact(parts[0], "yyyyMMdd HH:mm", CultureInfo.InvariantCulture);
            bars[time] = parts[1..6].Select(p => decimal.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        }

        return bars;
    }
}
