using Backtest.Data.Model;

namespace Backtest.Engine.Orders;

/// <summary>
/// A target for <c>SetHoldings(List&lt;PortfolioTarget&gt;)</c>: <see cref="Quantity"/> is the target as a fraction of
/// total portfolio value (1.0 = 100%), as in LEAN's percent targets.
/// </summary>
public readonly record struct PortfolioTarget(Symbol Symbol, double Quantity, string? Tag = null);
