using System.Globalization;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;
using Backtest.Engine.Parameters;

namespace Backtest.Algorithms.Baselines;

/// <summary>
/// Baseline: constant weights rebalanced on a schedule, e.g. 50% IWM / 50% QQQ monthly. Weights are fractions of
/// the portfolio; they need not sum to 1 (the rest stays in cash).
/// </summary>
public sealed class FixedMix : QCAlgorithm
{
    /// <summary>Comma-separated TICKER:weight pairs, weights as fractions.</summary>
    [Parameter(Description = "TICKER:weight pairs, e.g. IWM:0.5,QQQ:0.5")]
    public string Weights { get; set; } = "IWM:0.5,QQQ:0.5";

    [Parameter(Description = "Daily, Weekly or Monthly")]
    public RebalanceFrequency Rebalance { get; set; } = RebalanceFrequency.Monthly;

    [Parameter(Min = 1990, Max = 2100, Description = "First year of the run")]
    public int StartYear { get; set; } = 2001;

    private (Symbol Symbol, double Weight)[] _targets = [];
    private RebalanceClock _clock = null!;

    public override void Initialize()
    {
        SetStartDate(StartYear, 1, 1);
        SetCash(100_000);
        _targets = ParseWeights(Weights).Select(w => (AddEquity(w.Ticker, Resolution.Daily).Symbol, w.Weight)).ToArray();
        _clock = new RebalanceClock(Rebalance);
    }

    public override void OnData(Slice slice)
    {
        foreach (var (symbol, _) in _targets)
        {
            if (!slice.ContainsKey(symbol))
            {
                return;
            }
        }

        if (_clock.IsDue(slice.Time))
        {
            SetHoldings(_targets.Select(t => new PortfolioTarget(t.Symbol, t.Weight)).ToList());
        }
    }

    /// <summary>Parses "IWM:0.5,QQQ:0.5".</summary>
    /// <exception cref="ArgumentException">A pair is malformed or a weight is outside [-2, 2].</exception>
    public static IReadOnlyList<(string Ticker, double Weight)> ParseWeights(string text)
    {
        var result = new List<(string, double)>();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < -2 or > 2)
            {
                throw new ArgumentException($"Weights: '{pair}' is not TICKER:weight with a weight between -2 and 2 (e.g. IWM:0.5).", nameof(text));
            }

            result.Add((parts[0], weight));
        }

        return result.Count > 0 ? result : throw new ArgumentException("Weights: give at least one TICKER:weight pair, e.g. IWM:0.5,QQQ:0.5.", nameof(text));
    }
}
