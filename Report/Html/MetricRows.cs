using Backtest.Report.Analysis;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>
/// The key metrics of a run, strategy vs benchmark in one convention (the engine's extended metrics; the benchmark's
/// computed here from its daily closes the same way), with LEAN's own figure beside it where LEAN defines one.
/// </summary>
internal static class MetricRows
{
    private const string Daily = "Daily returns of closing values, 252 periods a year";

    public static IReadOnlyList<MetricRow> Of(RunAnalysis a)
    {
        var run = a.Run;
        var s = a.StrategyMetrics;
        var b = a.BenchmarkMetrics.Extended;
        var rf = $"risk-free rate {Percent(a.RiskFreeRate)} a year ({a.RiskFreeSource}), de-compounded to daily";
        string Ext(string name, Func<double, string> format) => format(run.ExtendedValue(name));
        string Lean(string name) => run.Statistic(name) ?? NotAvailable;
        var rows = new List<MetricRow>
        {
            new("total-return", "Total return", Percent(run.EndEquity / run.StartingCapital - 1), Percent(a.BenchmarkMetrics.TotalReturn), Lean("Net Profit"),
                "End value / start value - 1. Strategy: end equity / starting capital; benchmark: last / first daily close. LEAN: Net Profit."),
            new("cagr", "CAGR", Ext("CAGR", p => Percent(p)), Percent(b.Cagr), Lean("Compounding Annual Return"),
                "(end / start)^(1 / years) - 1, years = calendar days / 365.25. LEAN: Compounding Annual Return."),
            new("volatility", "Volatility (annual)", Ext("Annual Volatility", p => Percent(p)), Percent(b.AnnualVolatility), Lean("Annual Standard Deviation"),
                $"Sample standard deviation of daily returns x sqrt(252). {Daily}. LEAN: Annual Standard Deviation of its daily performance samples."),
            new("sharpe", "Sharpe ratio", Ext("Sharpe", p => Fixed(p)), Fixed(b.Sharpe), Lean("Sharpe Ratio"),
                $"mean(daily return - daily rf) / sd(daily return) x sqrt(252); {rf}. LEAN: Sharpe Ratio (annualised mean minus its risk-free rate, over annual deviation)."),
            new("sortino", "Sortino ratio", Ext("Sortino", p => Fixed(p)), Fixed(b.Sortino), Lean("Sortino Ratio"),
                $"mean(excess) / sqrt(sum of squared negative excess / all days) x sqrt(252); {rf}. LEAN: Sortino Ratio."),
            new("psr", "Probabilistic Sharpe (P[SR > 0]; LEAN: P[SR > 1])", Percent(s.Psr), Percent(a.BenchmarkMetrics.Psr), Lean("Probabilistic Sharpe Ratio"),
                $"Two different questions. Strategy and benchmark columns: P(true Sharpe > 0), Bailey and Lopez de Prado, on the daily non-annualised Sharpe with the skewness and kurtosis of daily returns; {rf}. "
                + "LEAN column: LEAN's Probabilistic Sharpe Ratio, P(true Sharpe > an annual Sharpe of 1), i.e. a benchmark Sharpe of 1/sqrt(252) a day on its daily performance samples, so it is lower."),
            new("max-drawdown", "Max drawdown", Ext("Max Drawdown", p => Percent(-p)), Percent(-b.MaxDrawdown), Lean("Drawdown"),
                "Largest fall of the daily close from its running peak. LEAN: Drawdown (from its sampled equity)."),
            new("calmar", "Calmar ratio", Ext("Calmar", p => Fixed(p)), Fixed(b.Calmar), NotAvailable, "CAGR / max drawdown, whole run."),
            new("longest-drawdown", "Longest drawdown (days)", Ext("Longest Drawdown Days", p => Fixed(p, 0)), Int(b.LongestDrawdownDays), Lean("Drawdown Recovery"),
                "Calendar days from a peak to the first close back at or above it (or to the end). LEAN: Drawdown Recovery (days to recover from the maximum drawdown)."),
            new("win-rate", "Win rate (days)", Ext("Win Rate Days", p => Percent(p)), Percent(b.WinRateDays), Lean("Win Rate"),
                "Days with a positive return / days with a non-zero return. LEAN: Win Rate of closed trades."),
        };
        rows.AddRange(BestWorst(a));
        rows.Add(new("alpha", "Alpha (annual)", Percent(s.Alpha), Percent(0), Lean("Alpha"),
            $"Jensen's alpha on daily returns x 252: mean(r - rf) - beta x mean(b - rf); {rf}. The benchmark's is 0 by definition. LEAN: Alpha."));
        rows.Add(new("beta", "Beta", Fixed(s.Beta), Fixed(1), Lean("Beta"),
            "Sample covariance of daily returns with the benchmark's / sample variance of the benchmark's. LEAN: Beta."));
        rows.Add(new("turnover", "Portfolio turnover", Lean("Portfolio Turnover"), Percent(0), Lean("Portfolio Turnover"),
            "LEAN's Portfolio Turnover: mean daily traded value / portfolio value. The benchmark is bought and held."));
        rows.Add(new("fees", "Total fees", Money(run.TotalFees), Money(0), Lean("Total Fees"), "Sum of order fees in account currency."));
        rows.AddRange(TimeIn(a));
        return rows;
    }

    private static IEnumerable<MetricRow> BestWorst(RunAnalysis a)
    {
        var b = a.BenchmarkMetrics.Extended;
        (string Key, string Label, double Bench, string Convention)[] items =
        [
            ("Best Day", "Best day", b.BestDay, "Largest daily return."),
            ("Worst Day", "Worst day", b.WorstDay, "Smallest daily return."),
            ("Best Month", "Best month", b.BestMonth, "Largest calendar-month return (daily returns compounded)."),
            ("Worst Month", "Worst month", b.WorstMonth, "Smallest calendar-month return (daily returns compounded)."),
            ("Best Year", "Best year", b.BestYear, "Largest calendar-year return (daily returns compounded; partial years included)."),
            ("Worst Year", "Worst year", b.WorstYear, "Smallest calendar-year return (daily returns compounded; partial years included)."),
        ];
        return items.Select(i => new MetricRow(
            i.Key.ToLowerInvariant().Replace(' ', '-'), i.Label, Percent(a.Run.ExtendedValue(i.Key)), Percent(i.Bench), NotAvailable, i.Convention));
    }

    private static IEnumerable<MetricRow> TimeIn(RunAnalysis a)
    {
        var what = a.Allocation.IsWeights ? "weight in the Allocation plot" : "position from filled orders";
        return a.Allocation.TimeIn.Select(t => new MetricRow(
            "time-in-" + t.Symbol, "Time in " + t.Symbol, Percent(t.Fraction, 1), NotAvailable, NotAvailable,
            $"Share of trading days with a non-zero {what} (carried forward between points)."));
    }
}
