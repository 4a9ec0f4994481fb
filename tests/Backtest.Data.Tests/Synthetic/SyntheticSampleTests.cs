using System.IO.Compression;
using Backtest.Data.Synthetic;
using Backtest.Testing;

namespace Backtest.Data.Tests.Synthetic;

public sealed class SyntheticSampleTests
{
    [Fact]
    public void Write_SameSeedTwice_ByteIdenticalFiles()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        SyntheticSample.Write(a.Path, 7);
        SyntheticSample.Write(b.Path, 7);

        var filesA = RelativeFiles(a.Path);
        Assert.Equal(filesA, RelativeFiles(b.Path));
        Assert.True(filesA.Count >= 11 * 3 + 6, $"expected at least 39 files, found {filesA.Count}");
        foreach (var f in filesA)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a.Path, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, f))), f + " differs");
        }
    }

    [Fact]
    public void Write_DifferentSeed_DifferentBars()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        SyntheticSample.Write(a.Path, 1);
        SyntheticSample.Write(b.Path, 2);
        Assert.NotEqual(EntryText(Path.Combine(a.Path, "equity/usa/daily/spy.zip")), EntryText(Path.Combine(b.Path, "equity/usa/daily/spy.zip")));
    }

    /// <summary>
    /// Data/sample must be exactly what the generator writes for its seed. Zip files are compared by entry name and
    /// content, because the deflate bytes belong to the runtime's zlib, not to us; every other file byte for byte.
    /// </summary>
    [Fact]
    public void CommittedSample_EqualsFreshGeneration()
    {
        var committed = RepoPaths.PathOf("Data", "sample");
        if (Environment.GetEnvironmentVariable("BACKTEST_REGENERATE_SAMPLE") == "1")
        {
            if (Directory.Exists(committed))
            {
                Directory.Delete(committed, recursive: true);
            }

            SyntheticSample.Write(committed, SyntheticSample.DefaultSeed);
            return;
        }

        using var fresh = new TempFolder();
        SyntheticSample.Write(fresh.Path, SyntheticSample.DefaultSeed);
        var files = RelativeFiles(fresh.Path);
        Assert.Equal(files, RelativeFiles(committed));
        foreach (var f in files)
        {
            var freshPath = Path.Combine(fresh.Path, f);
            var committedPath = Path.Combine(committed, f);
            if (f.EndsWith(".zip", StringComparison.Ordinal))
            {
                Assert.Equal(EntryText(freshPath), EntryText(committedPath));
            }
            else
            {
                Assert.True(File.ReadAllBytes(freshPath).AsSpan().SequenceEqual(File.ReadAllBytes(committedPath)), $"Data/sample/{f} drifted from the generator; run the tests with BACKTEST_REGENERATE_SAMPLE=1 if the change is intended.");
            }
        }
    }

    [Fact]
    public void CommittedSample_Size_UnderFourMegabytes()
    {
        var committed = RepoPaths.PathOf("Data", "sample");
        var bytes = Directory.EnumerateFiles(committed, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 1, 4L * 1024 * 1024);
    }

    [Fact]
    public void WriteScaling_CountAndYears_OneZipPerTickerCoveringTheYears()
    {
        using var folder = new TempFolder();
        SyntheticSample.WriteScaling(folder.Path, 3, 5, 2, new DateOnly(2030, 1, 1));

        var zips = Directory.GetFiles(Path.Combine(folder.Path, "equity/usa/daily")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["syn0001.zip", "syn0002.zip", "syn0003.zip", "syn0004.zip", "syn0005.zip"], zips);
        var lines = EntryText(Path.Combine(folder.Path, "equity/usa/daily/syn0003.zip")).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.StartsWith("20300102 00:00,", lines[0], StringComparison.Ordinal); // 2030-01-01 is New Year's Day (Tuesday)
        Assert.StartsWith("20311231 00:00,", lines[^1], StringComparison.Ordinal);
        Assert.InRange(lines.Length, 2 * 250, 2 * 253);
        Assert.True(File.Exists(Path.Combine(folder.Path, "SYNTHETIC")));
    }

    internal static string EntryText(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entry = Assert.Single(zip.Entries);
        using var reader = new StreamReader(entry.Open());
        return entry.FullName + "\n" + reader.ReadToEnd();
    }

    private static List<string> RelativeFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
