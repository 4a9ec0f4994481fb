using Backtest.Data.Model;

namespace Backtest.Engine.Securities;

/// <summary>
/// Cash and holdings (LEAN's Portfolio). Money in dollars. Margin follows LEAN's SecurityMarginModel: each position uses
/// |notional| / leverage of margin (SEMANTICS.md D). A cash account forces leverage 1 and refuses shorts; settlement
/// delays are not modelled.
/// Numbers: LEAN computes in decimal; we use double everywhere on the hot path and decimal only where LEAN's rounding is
/// observable in results: dividend distributions (cents), equity samples (4 decimals), performance points (10 decimals)
/// and benchmark SmartRounding. The LEAN cases reproduce to the cent with this split (tests/.../LeanParityTests).
/// </summary>
public sealed class SecurityPortfolioManager
{
    private readonly SecurityManager _securities;

    internal SecurityPortfolioManager(SecurityManager securities) => _securities = securities;

    /// <summary>Settled cash in dollars.</summary>
    public double Cash { get; private set; } = 100_000;

    public AccountType AccountType { get; internal set; } = AccountType.Margin;

    public SecurityHolding this[Symbol symbol] => _securities[symbol].Holdings;

    public SecurityHolding this[string ticker] => _securities[ticker].Holdings;

    public bool ContainsKey(Symbol symbol) => _securities.ContainsKey(symbol);

    /// <summary>Cash plus the market value of every holding.</summary>
    public double TotalPortfolioValue
    {
        get
        {
            // Flat holdings add +0, so only the invested ones are visited (same order, same sum).
            var value = Cash;
            foreach (var security in _securities.Invested)
            {
                value += security.Holdings.HoldingsValue;
            }

            return value;
        }
    }

    public double TotalHoldingsValue => Sum(static h => h.HoldingsValue);

    public double TotalAbsoluteHoldingsCost => Sum(static h => Math.Abs(h.HoldingsCost));

    public double TotalUnrealizedProfit => Sum(static h => h.UnrealizedProfit);

    public double TotalFees => Sum(static h => h.TotalFees);

    /// <summary>Realised profit plus dividends over all holdings, before fees.</summary>
    public double TotalProfit => Sum(static h => h.Profit);

    public double TotalNetProfit => Sum(static h => h.NetProfit);

    /// <summary>Sum of |fill quantity| x fill price over all fills.</summary>
    public double TotalSaleVolume
    {
        get
        {
            // Read by every daily sample, so written out rather than through Sum's delegate.
            var total = 0.0;
            foreach (var security in _securities.Span)
            {
                total += security.Holdings.TotalSaleVolume;
            }

            return total;
        }
    }

    public bool Invested
    {
        get
        {
            foreach (var security in _securities.Span)
            {
                if (security.Holdings.Invested)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Initial margin used by all positions: sum of |notional| / leverage.</summary>
    public double TotalMarginUsed
    {
        get
        {
            var used = 0.0;
            foreach (var security in _securities.Invested)
            {
                used += security.Holdings.AbsoluteHoldingsValue / security.Leverage;
            }

            return used;
        }
    }

    /// <summary>Free margin: total portfolio value minus margin used (no unsettled cash is modelled), may be negative.</summary>
    public double MarginRemaining
    {
        get
        {
            // Both sums in one pass over the holdings (checked before every fill), each in the order of its own property,
            // so the result is the same as TotalPortfolioValue - TotalMarginUsed.
            var value = Cash;
            var used = 0.0;
            foreach (var security in _securities.Invested)
            {
                var holdingsValue = security.Holdings.HoldingsValue;
                value += holdingsValue;
                used += Math.Abs(holdingsValue) / security.Leverage;
            }

            return value - used;
        }
    }

    /// <summary>Sets the cash balance (Initialize only).</summary>
    public void SetCash(double cash) => Cash = cash;

    internal void AddCash(double amount) => Cash += amount;

    private double Sum(Func<SecurityHolding, double> select)
    {
        // Over a span: foreach over the interface would box an enumerator, an indexed loop over it dispatch per item.
        var total = 0.0;
        foreach (var security in _securities.Span)
        {
            total += select(security.Holdings);
        }

        return total;
    }
}
