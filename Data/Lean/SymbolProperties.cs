namespace Backtest.Data.Lean;

/// <summary>Trading properties of a security class from LEAN's symbol-properties-database.csv.</summary>
/// <param name="QuoteCurrency">E.g. "USD".</param>
/// <param name="ContractMultiplier">1 for equities.</param>
/// <param name="MinimumPriceVariation">Tick size in dollars (0.01).</param>
/// <param name="LotSize">Smallest order quantity step in shares (1).</param>
public sealed record SymbolProperties(string QuoteCurrency, double ContractMultiplier, double MinimumPriceVariation, double LotSize);
