using System.Globalization;
using System.IO.Compression;
using System.Text.Unicode;

namespace Backtest.Data.Lean;

/// <summary>
/// Streams daily bars into a LEAN daily zip (one entry &lt;ticker&gt;.csv) one bar at a time, so a series of any
/// length is written in bounded memory. Same bytes as <see cref="LeanFolderWriter.WriteDailyBars"/> (which uses it):
/// integer deci-cent prices and integer volumes, rounded half away from zero; LF line ends; the entry stamped
/// 2000-01-01 with optimal compression. The zip is complete only after <see cref="Dispose"/>; a writer abandoned by
/// an exception leaves a broken file at <see cref="Path"/>, so callers write to a staging path and rename.
/// </summary>
internal sealed class LeanDailyBarWriter : IDisposable
{
    private static readonly DateTimeOffset ZipTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly Stream _entry;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _buffered;

    /// <summary>Creates (or truncates) <paramref name="path"/>, creating its folder.</summary>
    /// <exception cref="IOException">The file cannot be created.</exception>
    public LeanDailyBarWriter(string path, string entryName)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _file = new FileStream(path, FileMode.Create, FileAccess.Write);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create);
        var entry = _zip.CreateEntry(entryName, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipTimestamp;
        _entry = entry.Open();
    }

    /// <summary>The zip being written.</summary>
    public string Path { get; }

    /// <summary>Bars written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Appends one bar (prices in dollars; volume in shares, NaN written as 0 by callers that have none).</summary>
    public void Add(DateTime time, double open, double high, double low, double close, double volume)
    {
        // A line is at most ~130 ASCII bytes (five longs and a date); formatting as UTF-8 into the buffer keeps a long
        // import allocation-free.
        if (_buffer.Length - _buffered < 256)
        {
            Drain();
        }

        var volumeShares = (long)Math.Round(volume, MidpointRounding.AwayFromZero);
        Utf8.TryWrite(_buffer.AsSpan(_buffered), CultureInfo.InvariantCulture, $"{time:yyyyMMdd} 00:00,{DeciCents(open)},{DeciCents(high)},{DeciCents(low)},{DeciCents(close)},{volumeShares}\n", out var length);
        _buffered += length;
        Count++;
    }

    /// <summary>Finishes the entry and the zip's central directory, and closes the file.</summary>
    /// <exception cref="IOException">The final flush failed (e.g. the disk is full); the file is closed regardless.</exception>
    public void Dispose()
    {
        try
        {
            // Never Flush the entry: a deflate flush adds a sync block, and the bytes would differ from one whole write.
            Drain();
            _entry.Dispose();
            _zip.Dispose();
        }
        finally
        {
            _file.Dispose();
        }
    }

    private void Drain()
    {
        _entry.Write(_buffer, 0, _buffered);
        _buffered = 0;
    }

    private static long DeciCents(double price) => (long)Math.Round(price * 10_000.0, MidpointRounding.AwayFromZero);
}
