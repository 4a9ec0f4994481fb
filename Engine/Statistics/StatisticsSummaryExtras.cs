namespace Backtest.Engine.Statistics;

/// <summary>
/// The summary values that do not come from <see cref="PortfolioStatistics"/> (SEMANTICS.md F.4, F.7).
/// </summary>
/// <param name="TotalOrders">Number of orders created, any status.</param>
/// <param name="TotalFees">Sum of fees in account currency.</param>
/// <param name="EstimatedCapacity">Estimated strategy capacity in account currency; null when never estimated.</param>
/// <param name="LowestCapacityAsset">SecurityIdentifier string of the lowest-capacity asset, or "".</param>
public sealed record StatisticsSummaryExtras(
    int TotalOrders,
    decimal TotalFees,
    decimal? EstimatedCapacity,
    string LowestCapacityAsset);
