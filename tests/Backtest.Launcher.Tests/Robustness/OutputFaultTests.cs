using System.Security.Cryptography;
using Backtest.Launcher.Config;
using Backtest.Launcher.Seams;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// Results that cannot be written: a read-only results folder (a real child process; as root, whom permissions do
/// not stop, the child is started as the unprivileged user 65534 through setpriv) and a disk that fills up while
/// writing (a real ENOSPC from Linux's /dev/full, reached through a symbolic link where the result file goes).
/// Each exits 5 with a message naming the path and what to do, and the previous result stays byte-identical.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFaultTests : IDisposable
{
    private const string DevFull = "/dev/full";
    private readonly TempFolder temp = new();

    public void Dispose()
    {
        foreach (var folder in Directory.GetDirectories(temp.Path, "*", SearchOption.AllDirectories).Prepend(temp.Path))
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }

        temp.Dispose();
    }

    [Fact]
    public void Run_ResultsFolderReadOnly_ExitsFiveNamingTheFolderAndKeepsThePreviousResult()
    {
        WriteRunConfig(Path.Combine(RepoPaths.PathOf("Data", "sample")));
        var first = BacktestProcess.Run(temp.Path, null, "run", "--config", "config.json");
        Assert.True(first.Code == 0, first.Error);
        var final = Assert.Single(Directory.GetDirectories(temp.File("out")));
        var previous = Snapshot(final);
        File.SetUnixFileMode(temp.File("out"), (UnixFileMode)0b101_101_101);
        File.SetUnixFileMode(final, (UnixFileMode)0b101_101_101);

        var (code, _, error) = BacktestProcess.RunWrapped(Unprivileged(), temp.Path, new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() },
            "run", "--config", "config.json");

        Assert.True(code == 5, $"exit {code}: {error}");
        Assert.StartsWith("backtest: cannot write results: cannot create the temporary result folder " + final + ".tmp-", error, StringComparison.Ordinal);
        Assert.Contains("The folder is not writable: make it writable (permissions, or a read-only mount), or choose another folder with -o.", error, StringComparison.Ordinal);
        Assert.Equal(previous, Snapshot(final));
        Assert.Equal([final], Directory.GetDirectories(temp.File("out")));
    }

    [Fact]
    public void Run_DiskFullWhileWritingResults_ExitsFiveNamingTheFileAndKeepsThePreviousResult()
    {
        Assert.SkipUnless(File.Exists(DevFull), "needs Linux's /dev/full to produce a real ENOSPC");
        temp.Write("config.json", """{ "algorithm-type-name": "A", "data-folder": ".", "results-destination-folder": "out" }""");
        var run = new DiskFillingRun();
        var launcher = new TestLauncher(temp.Path, run: run);
        Assert.Equal(0, launcher.Invoke("run", "--config", "config.json"));
        var final = Assert.Single(Directory.GetDirectories(temp.File("out")));
        var previous = Snapshot(final);
        run.DiskFull = true;

        var code = launcher.Invoke("run", "--config", "config.json");

        var error = launcher.Error.ToString();
        Assert.Equal(5, code);
        Assert.Contains("No space left on device", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(final + ".tmp-4242", "equity.csv"), error, StringComparison.Ordinal);
        Assert.Contains("The disk is full: free space on it, or choose a folder on another disk with -o.", error, StringComparison.Ordinal);
        Assert.Equal(previous, Snapshot(final));
        Assert.Equal([final], Directory.GetDirectories(temp.File("out")));
    }

    [Fact]
    public void Sweep_DiskFullWhileExporting_ExitsFiveAndKeepsThePreviousExportAndTheStore()
    {
        Assert.SkipUnless(File.Exists(DevFull), "needs Linux's /dev/full to produce a real ENOSPC");
        WriteSweepConfig();
        var first = BacktestProcess.Run(temp.Path, null, "sweep", "--config", "config.json", "--out", "sweep");
        Assert.True(first.Code == 0, first.Error);
        var previous = Snapshot(temp.File("sweep"));
        File.CreateSymbolicLink(temp.File("sweep/trials.csv.tmp"), DevFull);

        var (code, output, error) = BacktestProcess.Run(temp.Path, null, "sweep", "--config", "config.json", "--out", "sweep");

        Assert.True(code == 5, $"exit {code}: {error}");
        Assert.Contains("0 executed, 2 reused from the store", output, StringComparison.Ordinal);
        Assert.StartsWith("backtest: cannot write results: No space left on device", error, StringComparison.Ordinal);
        Assert.Contains(temp.File("sweep/trials.csv.tmp"), error, StringComparison.Ordinal);
        Assert.Contains("The disk is full", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("sweep/trials.csv.tmp")), "the failed export's temporary file was left behind");
        var now = Snapshot(temp.File("sweep"));
        foreach (var file in new[] { "trials.csv ", "trials.json ", "sweep.sqlite " })
        {
            Assert.Equal(previous.Single(s => s.StartsWith(file, StringComparison.Ordinal)), now.Single(s => s.StartsWith(file, StringComparison.Ordinal)));
        }
    }

    /// <summary>Nothing when permissions already stop this user; as root, setpriv to user and group 65534.</summary>
    private string[] Unprivileged()
    {
        var probe = temp.File("out/probe");
        try
        {
            File.WriteAllText(probe, "x");
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }

        File.Delete(probe);
        var setpriv = new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);
        Assert.SkipWhen(setpriv is null, "running as root (permissions do not apply) and setpriv is not installed to drop root");
        return [setpriv!, "--reuid=65534", "--regid=65534", "--clear-groups"];
    }

    private static List<string> Snapshot(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".log", StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal),
    ];

    private void WriteRunConfig(string data) =>
        temp.Write("config.json", $$"""
            { "algorithm-type-name": "StreakRotation", "data-folder": "{{data.Replace('\\', '/')}}", "results-destination-folder": "out",
              "parameters": { "StartYear": "2015" } }
            """);

    private void WriteSweepConfig()
    {
        var sample = RepoPaths.PathOf("Data", "sample").Replace('\\', '/');
        temp.Write("config.json", $$"""
            { "algorithm-type-name": "StreakRotation", "data-folder": "{{sample}}",
              "parameters": { "StartYear": "2015" },
              "optimization": { "optimization-strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
                "optimization-criterion": { "target": "Sharpe Ratio", "extremum": "max" },
                "parameters": [ { "name": "Threshold", "min": 3, "max": 4, "step": 1 } ] } }
            """);
    }

    /// <summary>Writes result.txt; once the disk is "full", its equity.csv is a link to /dev/full, as a full disk fails.</summary>
    private sealed class DiskFillingRun : IRunCommand
    {
        public bool DiskFull { get; set; }

        public string DataFingerprint(LauncherOptions options, CancellationToken cancellation) => "data-v1";

        public void Validate(LauncherOptions options)
        {
            // Any algorithm name: this fake only writes files.
        }

        public void Run(RunRequest request, CommandContext context, CancellationToken cancellation)
        {
            File.WriteAllText(Path.Combine(request.OutputFolder, "result.txt"), "result");
            var equity = Path.Combine(request.OutputFolder, "equity.csv");
            if (DiskFull)
            {
                File.CreateSymbolicLink(equity, DevFull);
            }

            File.WriteAllBytes(equity, new byte[1 << 20]);
        }
    }
}
