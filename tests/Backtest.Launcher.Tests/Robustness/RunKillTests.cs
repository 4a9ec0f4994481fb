using System.Diagnostics;
using System.Security.Cryptography;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// kill -9 of a real <c>backtest run</c> child at several moments while it writes its result folder: the previous
/// result under the final name stays complete and byte-identical, no half-written folder ever takes the final name,
/// and the next run repairs what the killed one left (deletes its temporary folder) and succeeds.
/// </summary>
public sealed class RunKillTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Run_KilledAtSeveralMomentsWhileWriting_PreviousResultByteIdenticalAndNextRunCleansUp()
    {
        WriteConfig();
        var first = BacktestProcess.Run(temp.Path, null, "run", "--config", "config.json");
        Assert.True(first.Code == 0, first.Error);
        var final = Assert.Single(Directory.GetDirectories(temp.File("out")));
        var previous = Snapshot(final);
        var random = new Random(20261122);
        var moments = new (string Name, Func<string, bool> Reached, int DelayMs)[]
        {
            ("temporary folder created", Directory.Exists, 0),
            ("temporary folder created, then a seeded delay", Directory.Exists, random.Next(50, 400)),
            ("result.json written", t => File.Exists(Path.Combine(t, "result.json")), 0),
            ("trades.csv written", t => File.Exists(Path.Combine(t, "trades.csv")), 0),
        };

        var killedMidWrite = 0;
        foreach (var (name, reached, delay) in moments)
        {
            using var child = BacktestProcess.Start(temp.Path, null, "run", "--config", "config.json");
            var tempFolder = final + ".tmp-" + child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            WaitFor(() => reached(tempFolder) || child.HasExited, name);
            Thread.Sleep(delay);
            var ranToEnd = child.HasExited;
            BacktestProcess.KillHard(child);

            var now = Snapshot(final);
            if (ranToEnd)
            {
                // Too late to interrupt: the new folder replaced the old one whole; only the log's timestamps differ.
                Assert.Equal(0, child.ExitCode);
                Assert.Equal(WithoutLog(previous), WithoutLog(now));
                previous = now;
                continue;
            }

            killedMidWrite += Directory.Exists(tempFolder) ? 1 : 0;
            Assert.True(previous.SequenceEqual(now), $"killed at '{name}': the result under the final name changed");
            Assert.All(Directory.GetDirectories(temp.File("out")), d => Assert.True(d == final || d.StartsWith(final + ".", StringComparison.Ordinal), d));
        }

        Assert.True(killedMidWrite >= 2, $"only {killedMidWrite} kills landed while the temporary folder existed");
        var last = BacktestProcess.Run(temp.Path, null, "run", "--config", "config.json");
        Assert.True(last.Code == 0, last.Error);
        Assert.Equal([final], Directory.GetDirectories(temp.File("out")));
        Assert.Equal(WithoutLog(previous), WithoutLog(Snapshot(final)));
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"timed out waiting for: {what}");
            Thread.Sleep(1);
        }
    }

    /// <summary>Relative path and SHA-256 of every file, in ordinal path order.</summary>
    private static List<string> Snapshot(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal),
    ];

    private static List<string> WithoutLog(List<string> snapshot) => [.. snapshot.Where(s => !s.StartsWith("log.txt ", StringComparison.Ordinal))];

    private void WriteConfig()
    {
        var sample = RepoPaths.PathOf("Data", "sample").Replace('\\', '/');
        temp.Write("config.json", $$"""
            { "algorithm-type-name": "StreakRotation", "data-folder": "{{sample}}", "results-destination-folder": "out",
              "parameters": { "StartYear": "2015" } }
            """);
    }
}
