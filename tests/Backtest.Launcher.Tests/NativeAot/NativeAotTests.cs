using System.Security.Cryptography;
using Backtest.Launcher.Tests.Robustness;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.NativeAot;

/// <summary>
/// The Native AOT build (trimmed; algorithm classes found and bound by reflection over a rooted assembly) writes the
/// same bytes as the JIT build for the README's main job, a sweep with its resume, the tear sheet command and the
/// config errors of the two trimming-sensitive lookups (algorithm by name, parameter by name).
/// </summary>
public sealed class NativeAotTests(NativeAotBuild aot) : IClassFixture<NativeAotBuild>, IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Run_MainJobOnTheEmbeddedSample_SameResultFilesAsTheJitBuild()
    {
        var root = RepoPaths.RootPath;

        var native = aot.Run(root, "run", "--output", temp.File("aot"));
        var jit = BacktestProcess.Run(root, null, "run", "--output", temp.File("jit"));

        Assert.True(native.Code == 0, native.Error);
        Assert.True(jit.Code == 0, jit.Error);
        // log.txt carries wall-clock times; every other file, the tear sheet included, must match byte for byte.
        var files = Snapshot(temp.File("aot"), "log.txt");
        Assert.Contains(files, f => f.StartsWith("CompositeRotation-", StringComparison.Ordinal) && f.Contains("/tearsheet.html ", StringComparison.Ordinal));
        Assert.Equal(Snapshot(temp.File("jit"), "log.txt"), files);
        Assert.Equal(Statistics(jit.Output), Statistics(native.Output));
    }

    [Fact]
    public void Sweep_ExampleGridThenResume_SameFilesAsTheJitBuild()
    {
        var root = RepoPaths.RootPath;
        string[] Args(string folder) => ["sweep", "--config", "sweep.example.json", "--workers", "2", "--tear-sheets", "1", "--out", temp.File(folder)];

        var native = aot.Run(root, Args("aot"));
        var jit = BacktestProcess.Run(root, null, Args("jit"));
        var resumed = aot.Run(root, Args("aot"));

        Assert.True(native.Code == 0, native.Error);
        Assert.True(jit.Code == 0, jit.Error);
        Assert.True(resumed.Code == 0, resumed.Error);
        // The store (SQLite pages) and the log differ by design; trials, report and the best trial's tear sheet do not.
        var files = Snapshot(temp.File("aot"), "sweep.sqlite", "sweep.log");
        Assert.Contains(files, f => f.StartsWith("trials.csv ", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("trials/", StringComparison.Ordinal) && f.Contains("/tearsheet.html ", StringComparison.Ordinal));
        Assert.Equal(Snapshot(temp.File("jit"), "sweep.sqlite", "sweep.log"), files);
    }

    [Fact]
    public void Report_OfAResultFolder_SameTearSheetAsTheJitBuild()
    {
        var root = RepoPaths.RootPath;
        Assert.Equal(0, BacktestProcess.Run(root, null, "run", "--output", temp.File("run"), "--no-tear-sheet").Code);
        var folder = Directory.GetDirectories(temp.File("run")).Single();

        var native = aot.Run(root, "report", folder, "--out", temp.File("aot.html"));
        var jit = BacktestProcess.Run(root, null, "report", folder, "--out", temp.File("jit.html"));

        Assert.True(native.Code == 0, native.Error);
        Assert.True(jit.Code == 0, jit.Error);
        Assert.Equal(File.ReadAllBytes(temp.File("jit.html")), File.ReadAllBytes(temp.File("aot.html")));
    }

    [Theory]
    [InlineData("--algorithm", "StreakRotatoin")]
    [InlineData("--parameter", "Treshold=5")]
    [InlineData("--parameter", "Threshold=0")]
    public void Run_BadAlgorithmOrParameter_SameErrorAndExitCodeAsTheJitBuild(string option, string value)
    {
        var root = RepoPaths.RootPath;
        string[] args = ["run", "--algorithm", "StreakRotation", option, value, "--output", temp.File("never")];

        var native = aot.Run(root, args);
        var jit = BacktestProcess.Run(root, null, args);

        Assert.Equal(2, jit.Code);
        Assert.Equal((jit.Code, jit.Error), (native.Code, native.Error));
        Assert.False(Directory.Exists(temp.File("never")) && Directory.EnumerateFileSystemEntries(temp.File("never")).Any());
    }

    /// <summary>Relative path and SHA-256 of every file except those named, in ordinal path order.</summary>
    private static List<string> Snapshot(string folder, params string[] excluded) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !excluded.Contains(Path.GetFileName(f)))
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The printed statistics table: its indented rows (log lines carry times, the last line a folder).</summary>
    private static string[] Statistics(string output)
    {
        string[] rows = [.. output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal))];
        Assert.Contains(rows, r => r.Contains("Order Hash", StringComparison.Ordinal));
        return rows;
    }
}
