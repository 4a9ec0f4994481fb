using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Everything a run produced, as the inputs of LEAN's statistics (SEMANTICS.md F). Money in dollars; times New York.
/// <list type="bullet">
/// <item><see cref="Equity"/>: total portfolio value rounded to 4 decimals at every 00:00 sample, every intraday sample
/// (F.1) and the final sample.</item>
/// <item><see cref="Benchmark"/>: SmartRounded benchmark price at every 00:00 sample and the final sample.</item>
/// <item><see cref="Performance"/>: percent change of portfolio value since the previous daily sample (x100, rounded to
/// 10 decimals), same times as <see cref="Benchmark"/>.</item>
/// <item><see cref="PortfolioTurnover"/>: fraction (not percent) per daily sample after the start, F.6.</item>
/// </list>
/// </summary>
public sealed record BacktestResult
{
    public required double StartingCapital { get; init; }

    /// <summary>Total portfolio value after the last step (unrounded).</summary>
    public required double EndEquity { get; init; }

    public required DateTime StartDate { get; init; }

    public required DateTime EndDate { get; init; }

    /// <summary>Time of the last processed step (the final sample's time).</summary>
    public required DateTime LastStepTime { get; init; }

    public required int TradingDaysPerYear { get; init; }

    private readonly IReadOnlyList<OrderRecord> _orders = [];

    /// <summary>Every order in id order. Setting it (also in a <c>with</c> copy) drops a computed <see cref="OrderHash"/>.</summary>
    public required IReadOnlyList<OrderRecord> Orders
    {
        get => _orders;
        init
        {
            _orders = value;
            _orderHash = null;
        }
    }

    private string? _orderHash;

    /// <summary>SHA-256 hex of the orders (ids, types, quantities, times, statuses, fill prices, fees); equal runs give equal
    /// hashes. Computed from <see cref="Orders"/> when first read: a sweep trial never reads it, and formatting thousands of
    /// orders was a fifth of a daily-trading trial.</summary>
    public string OrderHash
    {
        get => _orderHash ??= OrderHasher.Compute(Orders);
        init => _orderHash = value;
    }

    public required IReadOnlyList<OrderEvent> OrderEvents { get; init; }

    public required IReadOnlyList<TimeSample> Equity { get; init; }

    public required IReadOnlyList<TimeSample> Benchmark { get; init; }

    public required IReadOnlyList<TimeSample> Performance { get; init; }

    public required IReadOnlyList<TimeSample> PortfolioTurnover { get; init; }

    /// <summary>Closing-fill profits for the win/loss statistics (F.4).</summary>
    public required IReadOnlyList<TransactionRecord> TransactionRecords { get; init; }

    /// <summary>Closed trades, fill-to-fill FIFO (F.5), in closing order.</summary>
    public required IReadOnlyList<Trade> Trades { get; init; }

    /// <summary>Fill events only.</summary>
    public IReadOnlyList<OrderEvent> Fills => OrderEvents.Where(e => e.IsFill).ToArray();

    public required double TotalFees { get; init; }

    /// <summary>Orders created, any status (LEAN's "Total Orders").</summary>
    public int TotalOrders => Orders.Count;

    /// <summary>Bars delivered by all feeds (user bars incl. fill-forward, benchmark bars) plus one, as in F.10.</summary>
    public required long DataPoints { get; init; }

    public required IReadOnlyList<LogEntry> Logs { get; init; }

    public required IReadOnlyList<PlotPoint> Plots { get; init; }

    /// <summary>LEAN's "Estimated Strategy Capacity" in dollars (F.7), already rounded to a multiple of 1000 and then to
    /// 2 significant digits; null when no snapshot ever produced an estimate (printed "$0").</summary>
    public decimal? EstimatedCapacity { get; init; }

    /// <summary>LEAN's "Lowest Capacity Asset": the SecurityIdentifier string (ticker when the data has no map file) of the
    /// symbol that limited the latest capacity estimate, or "" when none.</summary>
    public string LowestCapacityAsset { get; init; } = string.Empty;

    /// <summary>End-of-run figures by name, ordinal order: Equity, Fees, Holdings, Net Profit, Unrealized, Volume.</summary>
    public required IReadOnlyDictionary<string, double> RuntimeStatistics { get; init; }
}
