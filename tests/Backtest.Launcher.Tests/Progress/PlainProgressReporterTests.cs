using Backtest.Launcher.Progress;

namespace Backtest.Launcher.Tests.Progress;

public sealed class PlainProgressReporterTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Track_PrintsStartThrottledUpdatesAndEnd()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var reporter = new PlainProgressReporter(output, time, TimeSpan.FromSeconds(10));

        var result = reporter.Track("Loading", 4, progress =>
        {
            progress.Report(1); // 0 s since start: throttled
            time.Now += TimeSpan.FromSeconds(10);
            progress.Report(2); // 10 s: printed
            time.Now += TimeSpan.FromSeconds(3);
            progress.Report(3); // 3 s since last line: throttled
            progress.Report(4);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal(["Loading: 0/4 (0%)", "Loading: 2/4 (50%)", "Loading: 4/4 (100%)"], Lines(output));
    }

    [Fact]
    public void Track_ZeroTotal_ReportsHundredPercent()
    {
        var output = new StringWriter();

        new PlainProgressReporter(output, TimeProvider.System, TimeSpan.FromSeconds(10)).Track("Empty", 0, _ => 0);

        Assert.Equal("Empty: 0/0 (100%)", Lines(output)[^1]);
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
