using System.Globalization;
using Backtest.Optimizer.Running;
using Serilog;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// Feeds the sweep's progress to the launcher's progress display (completed trials) and logs the rate, ETA and
/// best trial so far at most once per <c>interval</c>, plus once for the final trial. Thread-safe.
/// </summary>
internal sealed class SweepProgressLog(IProgress<long> display, ILogger logger, TimeProvider clock, TimeSpan interval, string target)
{
    private readonly Lock gate = new();
    private DateTimeOffset lastLine = clock.GetUtcNow();

    public void Report(SweepProgress progress)
    {
        display.Report(progress.Completed);
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (now - lastLine < interval && progress.Completed < progress.Total)
            {
                return;
            }

            lastLine = now;
        }

        var best = progress.Best is null ? "none yet"
            : string.Create(CultureInfo.InvariantCulture, $"{target} {progress.BestScore} at {progress.Best.Canonical}");
        logger.Information("Sweep {Completed}/{Total} trials ({Reused} from the store, {Failed} failed), {Rate:0.00} trials/s, ETA {Eta}, best {Best}",
            progress.Completed, progress.Total, progress.Reused, progress.Failed, progress.RatePerSecond,
            progress.Eta?.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) ?? "unknown", best);
    }
}
