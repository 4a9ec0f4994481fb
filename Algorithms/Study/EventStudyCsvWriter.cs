using System.Globalization;

namespace Backtest.Algorithms.Study;

/// <summary>
/// Writes an <see cref="EventStudyResult"/> as CSV: fixed column order, invariant culture, round-trip numbers,
/// "\n" line ends, an empty field for NaN. The same result always gives the same bytes.
/// </summary>
public static class EventStudyCsvWriter
{
    /// <summary>The header of <see cref="WriteHorizons"/>. Returns are fractions; shares are fractions of count.</summary>
    public const string HorizonHeader =
        "horizon,sample,count,mean_small,median_small,mean_large,median_large,mean_diff,median_diff,share_positive_small,share_positive_large,share_small_beats_large";

    /// <summary>The header of <see cref="WriteRuns"/>.</summary>
    public const string RunHeader = "side,start,end,length";

    /// <summary>One row per horizon and sample ("events" then "all", horizons ascending).</summary>
    public static void WriteHorizons(EventStudyResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(HorizonHeader);
        writer.Write('\n');
        foreach (var h in result.Horizons)
        {
            WriteRow(writer, h.Horizon, "events", h.Events);
            WriteRow(writer, h.Horizon, "all", h.Unconditional);
        }
    }

    /// <summary>One row per listed run, chronological; dates as yyyy-MM-dd.</summary>
    public static void WriteRuns(EventStudyResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(RunHeader);
        writer.Write('\n');
        foreach (var run in result.Runs)
        {
            writer.Write(string.Join(',', SideName(run.Side), Date(run.Start), Date(run.End), run.Length.ToString(CultureInfo.InvariantCulture)));
            writer.Write('\n');
        }
    }

    internal static string SideName(StreakSide side) => side == StreakSide.SmallBeatsLarge ? "small_beats_large" : "large_beats_small";

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter writer, int horizon, string sample, ForwardReturnStats s)
    {
        string[] fields =
        [
            horizon.ToString(CultureInfo.InvariantCulture), sample, s.Count.ToString(CultureInfo.InvariantCulture),
            Number(s.MeanSmall), Number(s.MedianSmall), Number(s.MeanLarge), Number(s.MedianLarge),
            Number(s.MeanDifference), Number(s.MedianDifference),
            Number(s.SharePositiveSmall), Number(s.SharePositiveLarge), Number(s.ShareSmallBeatsLarge),
        ];
        writer.Write(string.Join(',', fields));
        writer.Write('\n');
    }

    private static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}
