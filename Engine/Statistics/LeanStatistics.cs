namespace Backtest.Engine.Statistics;

/// <summary>
/// The statistics of one run as LEAN reports them (SEMANTICS.md F): the numeric values and LEAN's summary strings.
/// </summary>
/// <param name="Portfolio">The numeric statistics (fractions, not percent; see <see cref="PortfolioStatistics"/>).</param>
/// <param name="Summary">LEAN's 27 summary keys in LEAN's order (<see cref="StatisticsFormatter.Keys"/>) with their
/// strings formatted exactly as LEAN prints them. LEAN's OrderListHash is not included: it hashes LEAN's own JSON
/// serialisation of its order objects and cannot be reproduced.</param>
public sealed record LeanStatistics(
    PortfolioStatistics Portfolio,
    IReadOnlyList<KeyValuePair<string, string>> Summary)
{
    private readonly Func<string>? _orderHash;

    /// <param name="portfolio">The numeric statistics.</param>
    /// <param name="summary">LEAN's summary strings.</param>
    /// <param name="orderHash">Gives the run's order hash when <see cref="OrderHash"/> is first read.</param>
    internal LeanStatistics(PortfolioStatistics portfolio, IReadOnlyList<KeyValuePair<string, string>> summary, Func<string> orderHash)
        : this(portfolio, summary) => _orderHash = orderHash;

    /// <summary>Our own order hash (SHA-256 hex of the orders, <c>BacktestResult.OrderHash</c>), the stand-in for
    /// OrderListHash when checking that a run did not change silently; "" when built without a run. Computed on first
    /// read (sweeps never read it).</summary>
    public string OrderHash => _orderHash?.Invoke() ?? string.Empty;

    /// <summary>The summary string of <paramref name="key"/> (a name from <see cref="StatisticsFormatter.Keys"/>).</summary>
    /// <exception cref="KeyNotFoundException">The key is not a summary key.</exception>
    public string this[string key]
    {
        get
        {
            foreach (var pair in Summary)
            {
                if (string.Equals(pair.Key, key, StringComparison.Ordinal))
                {
                    return pair.Value;
                }
            }

            throw new KeyNotFoundException($"\"{key}\" is not one of LEAN's summary statistics.");
        }
    }
}
