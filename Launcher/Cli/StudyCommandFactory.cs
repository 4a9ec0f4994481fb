using System.CommandLine;
using System.Globalization;
using Backtest.Algorithms.Baskets;
using Backtest.Algorithms.Study;
using Backtest.Data.Errors;
using Backtest.Data.Loading;
using Backtest.Data.Model;

namespace Backtest.Launcher.Cli;

/// <summary>
/// <c>backtest study</c>: the event study of a relative-strength streak — forward returns after the small basket
/// beats the large one k days in a row, against the unconditional figures of the same period — plus the streak
/// runs (longest and last of each side). Prints the table and, with --out, writes study.csv, runs.csv and study.json
/// (deterministic bytes, so the table is reproducible from those files).
/// </summary>
internal sealed class StudyCommandFactory(LauncherServices services)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public Command Create()
    {
        var folder = new Option<string>("--data-folder") { Description = "Data folder (LEAN layout, or CSV files with --csv).", DefaultValueFactory = _ => "Data/sample" };
        var csv = new Option<bool>("--csv") { Description = "The data folder holds one CSV file per ticker." };
        var small = new Option<string>("--small") { Description = "Small basket tickers, comma-separated (equal weights).", DefaultValueFactory = _ => "IWM" };
        var large = new Option<string>("--large") { Description = "Large basket tickers, comma-separated (equal weights).", DefaultValueFactory = _ => "SPY" };
        var k = new Option<int>("--k") { Description = "Streak length (days in a row) that makes an event.", DefaultValueFactory = _ => 5 };
        var from = new Option<string?>("--from") { Description = "First date (yyyy-MM-dd); default: the data's first." };
        var to = new Option<string?>("--to") { Description = "Last date (yyyy-MM-dd); default: the data's last." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for study.csv, runs.csv and study.json." };
        var command = new Command("study", "Event study: forward returns after small caps beat large caps k days in a row.") { folder, csv, small, large, k, from, to, output };
        command.SetAction(result =>
        {
            var data = DataSet.Load(Path.GetFullPath(result.GetValue(folder)!, services.CurrentDirectory), Resolution.Daily, result.GetValue(csv));
            var index = data.Frame.Index;
            var first = Date(result.GetValue(from), "--from") ?? DateOnly.FromDateTime(index.StartTimes[0]);
            var last = Date(result.GetValue(to), "--to") ?? DateOnly.FromDateTime(index.StartTimes[^1]);
            var streak = result.GetValue(k);
            if (streak is < 1 or > 250)
            {
                throw new DataException($"--k {streak}: the streak length must be between 1 and 250 days.");
            }

            var study = EventStudy.SmallBeatsLargeStreak(data.Frame, BasketOf("Small", result.GetValue(small)!), BasketOf("Large", result.GetValue(large)!), streak, new EventStudyOptions(first, last));
            var summary = StreakRuns.Summarize(data.Frame, BasketOf("Small", result.GetValue(small)!), BasketOf("Large", result.GetValue(large)!), first, last);
            Print(study, summary);
            if (result.GetValue(output) is { } outText)
            {
                Write(Path.GetFullPath(outText, services.CurrentDirectory), study);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Basket BasketOf(string name, string tickers)
    {
        var list = tickers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Basket(name + "(" + string.Join('+', list) + ")", list.Select(t => new BasketMember(Backtest.Data.Model.Symbol.Create(t), 1.0 / list.Length)));
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d) ? d
        : throw new DataException($"{option} '{text}': expected a date like 2026-01-22.");

    private void Print(EventStudyResult study, StreakSummary summary)
    {
        var o = services.Out;
        o.WriteLine(string.Create(Inv, $"{study.EventName}: {study.SmallName} vs {study.LargeName}, {study.First:yyyy-MM-dd} .. {study.Last:yyyy-MM-dd}, {study.EventDays} events"));
        o.WriteLine("horizon  events  mean small  median small  mean large  mean diff  median diff  share small>0  share small>large | all days: mean diff  share small>large");
        foreach (var h in study.Horizons)
        {
            var e = h.Events;
            var u = h.Unconditional;
            o.WriteLine(string.Create(Inv,
                $"{h.Horizon,7}  {e.Count,6}  {P(e.MeanSmall),10}  {P(e.MedianSmall),12}  {P(e.MeanLarge),10}  {P(e.MeanDifference),9}  {P(e.MedianDifference),11}  {P(e.SharePositiveSmall),13}  {P(e.ShareSmallBeatsLarge),17} | {P(u.MeanDifference),19}  {P(u.ShareSmallBeatsLarge),17}"));
        }

        o.WriteLine($"Longest small-beats-large run: {Run(summary.LongestSmall)}; last: {Run(summary.LastSmall)}");
        o.WriteLine($"Longest large-beats-small run: {Run(summary.LongestLarge)}; last: {Run(summary.LastLarge)}");
    }

    private static string P(double fraction) => double.IsNaN(fraction) ? "n/a" : (fraction * 100).ToString("0.00", Inv) + "%";

    private static string Run(StreakRun? run) =>
        run is { } r ? string.Create(Inv, $"{r.Length} days {r.Start:yyyy-MM-dd} .. {r.End:yyyy-MM-dd}") : "none";

    private static void Write(string folder, EventStudyResult study)
    {
        Directory.CreateDirectory(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, "study.csv")) { NewLine = "\n" })
        {
            EventStudyCsvWriter.WriteHorizons(study, writer);
        }

        using (var writer = new StreamWriter(Path.Combine(folder, "runs.csv")) { NewLine = "\n" })
        {
            EventStudyCsvWriter.WriteRuns(study, writer);
        }

        using var json = File.Create(Path.Combine(folder, "study.json"));
        EventStudyJsonWriter.Write(study, json);
    }
}
