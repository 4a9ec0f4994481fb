using Backtest.Launcher.Commands;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Commands;

public sealed class StudyCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Study_EmbeddedSampleTwice_WritesByteIdenticalFiles()
    {
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());
        var sample = RepoPaths.PathOf("Data", "sample");

        Assert.Equal(0, launcher.Invoke("study", "--data-folder", sample, "--small", "IWM,IJR", "--large", "QQQ", "--k", "5", "--out", "a"));
        Assert.Equal(0, launcher.Invoke("study", "--data-folder", sample, "--small", "IWM,IJR", "--large", "QQQ", "--k", "5", "--out", "b"));

        foreach (var file in new[] { "study.csv", "runs.csv", "study.json" })
        {
            Assert.Equal(File.ReadAllBytes(temp.File(Path.Combine("a", file))), File.ReadAllBytes(temp.File(Path.Combine("b", file))));
        }

        Assert.Contains("Longest small-beats-large run:", launcher.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Study_RealIwmVsSpy_ReportsTheJanuary2026RunAsTheLongest()
    {
        var folder = SharedData.PathOf("data", "market", "daily");
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        var code = launcher.Invoke("study", "--data-folder", folder, "--csv", "--small", "IWM", "--large", "SPY", "--k", "7", "--from", "2001-01-02", "--to", "2026-06-12");

        Assert.Equal(0, code);
        // The news says 13 days; the data has IWM ahead of SPY on every day from 2026-01-02 to 2026-01-22 (14),
        // 13 when counted from the Jan 2 close as the news' "Jan 2 to Jan 22" window does.
        Assert.Contains("Longest small-beats-large run: 14 days 2026-01-02 .. 2026-01-22", launcher.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Study_BadStreakLength_ExitsThree()
    {
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());

        var code = launcher.Invoke("study", "--data-folder", RepoPaths.PathOf("Data", "sample"), "--k", "0");

        Assert.Equal(3, code);
        Assert.Contains("--k 0", launcher.Error.ToString(), StringComparison.Ordinal);
    }
}
