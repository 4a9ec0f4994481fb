using System.Globalization;
using Backtest.Launcher.Cli;
using Backtest.Launcher.Errors;
using Backtest.Launcher.Results;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.WalkForward;
using Backtest.Report;
using Serilog;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// Writes the sweep report into the sweep folder, after giving the top trials tear sheets: each of the best
/// <c>topCount</c> accepted trials is run again (same code path as the sweep's trial) into
/// <c>trials/trial-&lt;number&gt;-&lt;key prefix&gt;/</c> with its result files and tear sheet, and the report links
/// to it relatively. A folder that already holds a tear sheet is reused, so a rerun only runs new top trials.
/// </summary>
internal sealed class SweepReportWriter(SweepTrial trial, string sweepFolder, int processId, ILogger logger)
{
    /// <summary>The subfolder holding the top trials' result folders.</summary>
    public const string TrialsFolder = "trials";

    /// <summary>The default number of top trials that get a tear sheet.</summary>
    public const int DefaultTopCount = 5;

    /// <summary>Tear sheets for the first <paramref name="topCount"/> of <paramref name="ranked"/>: trial number to link.</summary>
    /// <exception cref="FileNotFoundException">ECharts is not installed.</exception>
    /// <param name="period">The period the trials ran over (a walk-forward window), or null for the config's dates.</param>
    public IReadOnlyDictionary<int, string> TopTearSheets(IReadOnlyList<TrialResult> ranked, int topCount, TrialPeriod? period, CancellationToken cancellation)
    {
        var links = new SortedDictionary<int, string>();
        foreach (var result in ranked.Take(topCount))
        {
            cancellation.ThrowIfCancellationRequested();
            var name = FolderName(result);
            var folder = Path.Combine(sweepFolder, TrialsFolder, name);
            var sheet = Path.Combine(folder, ReportCommandFactory.TearSheetFileName);
            if (!File.Exists(sheet))
            {
                try
                {
                    new ResultFolderWriter(processId).Write(folder, temp =>
                    {
                        trial.WriteRun(result.Parameters, period, temp, cancellation);
                        TearSheet.Write(temp, Path.Combine(temp, ReportCommandFactory.TearSheetFileName));
                    });
                }
                catch (AlgorithmException e)
                {
                    // The trial succeeded in the sweep; a failed rerun costs only its link, not the report.
                    logger.Warning("No tear sheet for trial {Number}: {Reason}", result.Number, e.Message);
                    continue;
                }
            }

            links[result.Number] = TrialsFolder + "/" + name + "/" + ReportCommandFactory.TearSheetFileName;
        }

        return links;
    }

    /// <summary>Writes report.html into the sweep folder and returns its path.</summary>
    public string Write(Backtest.Report.Sweep.SweepReportInput input)
    {
        var path = Path.Combine(sweepFolder, SweepReport.FileName);
        SweepReport.Write(input, path);
        return path;
    }

    /// <summary>The number keeps folders in rank-agnostic order; the key prefix keeps a reused folder honest when a
    /// rerun with another space gives the number to other parameters.</summary>
    public static string FolderName(TrialResult result) =>
        "trial-" + result.Number.ToString("0000", CultureInfo.InvariantCulture) + "-" + result.Key[..Math.Min(8, result.Key.Length)];
}
