using System.Globalization;
using Backtest.Engine.Backtesting;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// The sanity check run before any timing: the engine's W1 against <see cref="W1Reference"/>. Prints both; exit code 1
/// when final equity differs by more than 1e-6 relative or the fill counts differ.
/// </summary>
internal static class W1Check
{
    public static int Execute(int threshold)
    {
        var data = W1Data.Load();
        var engine = W1Run.Run(data, threshold);
        var reference = W1Reference.Run(data.Folder, threshold, 0.0005);
        var fills = engine.OrderEvents.Count(e => e.IsFill);
        var engineDays = engine.Equity.Select(s => DateOnly.FromDateTime(s.Time)).Distinct().Count();
        var relative = engine.EndEquity / reference.FinalEquity - 1;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"W1 N={threshold} engine:    final equity {engine.EndEquity:F4}, fills {fills}, orders {engine.TotalOrders}, fees {engine.TotalFees:F4}, equity sample days {engineDays}"));
        Console.WriteLine(string.Create(c, $"W1 N={threshold} reference: final equity {reference.FinalEquity:F4}, trades {reference.Trades}, days {reference.Days}, CAGR {reference.Cagr:P4}, max DD {reference.MaxDrawdown:P4}, Sharpe {reference.Sharpe:F4}"));
        Console.WriteLine(string.Create(c, $"difference: equity {engine.EndEquity - reference.FinalEquity:F6} ({relative:E3} relative), fills-trades {fills - reference.Trades}"));
        PrintFirstFills(engine);
        return Math.Abs(relative) <= 1e-6 && fills == reference.Trades ? 0 : 1;
    }

    private static void PrintFirstFills(BacktestResult engine)
    {
        foreach (var e in engine.OrderEvents.Where(e => e.IsFill).Take(4))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fill {e.Time:yyyy-MM-dd HH:mm} {e.FillQuantity:F6} @ {e.FillPrice:F6} fee {e.OrderFee:F6}"));
        }
    }
}
