using System.Globalization;

namespace Backtest.Engine.Statistics;

/// <summary>
/// Formats statistics as LEAN's summary strings (StatisticsBuilder.GetSummary, SEMANTICS.md F.9), with LEAN's key
/// names in LEAN's order. Percent values are decimal x 100 rounded with Math.Round (to even) and printed with the
/// decimal's own scale, so 0.008m prints "0.800%" while an exact 0 prints "0%"; ratio doubles are
/// Math.Round(x, 3) in shortest form ("-19", "0.02"). Invariant culture throughout.
/// </summary>
public static class StatisticsFormatter
{
    /// <summary>The summary keys in LEAN's order (OrderListHash is not produced here).</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "Total Orders", "Average Win", "Average Loss", "Compounding Annual Return", "Drawdown", "Expectancy",
        "Start Equity", "End Equity", "Net Profit", "Sharpe Ratio", "Sortino Ratio", "Probabilistic Sharpe Ratio",
        "Loss Rate", "Win Rate", "Profit-Loss Ratio", "Alpha", "Beta", "Annual Standard Deviation",
        "Annual Variance", "Information Ratio", "Tracking Error", "Treynor Ratio", "Total Fees",
        "Estimated Strategy Capacity", "Lowest Capacity Asset", "Portfolio Turnover", "Drawdown Recovery",
    ];

    /// <summary>Returns (key, string) pairs in <see cref="Keys"/> order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Format(PortfolioStatistics s, StatisticsSummaryExtras extras)
    {
        string[] values =
        [
            extras.TotalOrders.ToString(CultureInfo.InvariantCulture),
            Percent(s.AverageWinRate, 2), Percent(s.AverageLossRate, 2),
            Percent(s.CompoundingAnnualReturn, 3), Percent(s.Drawdown, 3),
            Decimal(s.Expectancy, 3), Decimal(s.StartEquity, 2), Decimal(s.EndEquity, 2),
            Percent(s.NetProfit, 3), Ratio(s.SharpeRatio), Ratio(s.SortinoRatio),
            Percent(s.ProbabilisticSharpeRatio, 3), Percent(s.LossRate, 0), Percent(s.WinRate, 0),
            Decimal(s.ProfitLossRatio, 2), Ratio(s.Alpha), Ratio(s.Beta), Ratio(s.AnnualStandardDeviation),
            Ratio(s.AnnualVariance), Ratio(s.InformationRatio), Ratio(s.TrackingError), Ratio(s.TreynorRatio),
            Fees(extras.TotalFees), Capacity(extras.EstimatedCapacity), extras.LowestCapacityAsset,
            Percent(s.PortfolioTurnover, 2), s.DrawdownRecovery.ToString(CultureInfo.InvariantCulture),
        ];
        var result = new KeyValuePair<string, string>[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = new KeyValuePair<string, string>(Keys[i], values[i]);
        }

        return result;
    }

    /// <summary>Fraction -> "x%" with <paramref name="decimals"/> decimals, keeping the decimal scale.</summary>
    public static string Percent(decimal fraction, int decimals) =>
        Math.Round(fraction * 100, decimals).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Decimal rounded to even at <paramref name="decimals"/> places, printed with its scale.</summary>
    public static string Decimal(decimal value, int decimals) =>
        Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    /// <summary>Math.Round(value, 3) in shortest round-trip form; -0 prints "0" (LEAN's regression check maps it).</summary>
    public static string Ratio(double value) =>
        (Math.Round(value, 3) + 0.0).ToString(CultureInfo.InvariantCulture);

    /// <summary>"$" + fees with format "0.00": decimal formatting rounds midpoints away from zero (3.485 -> "$3.49").</summary>
    public static string Fees(decimal fees) => "$" + fees.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"$" + capacity with 2 decimals, or "$0" when capacity was never estimated.</summary>
    public static string Capacity(decimal? capacity) =>
        capacity is { } value ? "$" + value.ToString("0.00", CultureInfo.InvariantCulture) : "$0";
}
