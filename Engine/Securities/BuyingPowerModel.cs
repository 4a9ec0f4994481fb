using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Securities;

/// <summary>
/// LEAN's SecurityMarginModel arithmetic: SetHoldings sizing (SEMANTICS.md D steps 1-7) and the buying-power check done
/// before a fill. Pure functions over the portfolio state.
/// </summary>
internal static class BuyingPowerModel
{
    private const double MaxAbsoluteTarget = 1e9;
    private const double MinAbsoluteTarget = 1e-10;
    private const int MaxIterations = 200;

    /// <summary>
    /// The signed share change that moves <paramref name="security"/> to <paramref name="target"/> (fraction of portfolio
    /// value) sized at <paramref name="price"/>; 0 when no order should be placed (reason in <paramref name="reason"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The fee loop does not converge (a fee model that grows with the target).</exception>
    public static double GetDeltaForTarget(
        SecurityPortfolioManager portfolio, Security security, double target, double price, AlgorithmSettings settings, out string? reason) =>
        GetDeltaForTarget(portfolio.TotalPortfolioValue, security, target, price, settings, out reason);

    /// <summary><see cref="GetDeltaForTarget(SecurityPortfolioManager, Security, double, double, AlgorithmSettings, out string?)"/>
    /// with the portfolio's total value already summed (<paramref name="tpv"/>): sizing many targets against one unchanged
    /// portfolio sums its holdings once instead of once per target.</summary>
    public static double GetDeltaForTarget(
        double tpv, Security security, double target, double price, AlgorithmSettings settings, out string? reason)
    {
        reason = null;
        var absTarget = Math.Abs(target);
        if (absTarget > MaxAbsoluteTarget || (absTarget > 0 && absTarget < MinAbsoluteTarget) || price == 0 || tpv <= 0)
        {
            reason = $"Target {target} for {security.Symbol} is outside the allowed range, or the price or portfolio value is zero.";
            return 0;
        }

        var free = settings.FreePortfolioValue ?? tpv * settings.FreePortfolioValuePercentage;
        var m = target * (tpv - free) / tpv / security.Leverage;
        var margin = m * tpv;
        var held = security.Holdings.Quantity;
        if (margin == 0)
        {
            return -held;
        }

        var unit = price / security.Leverage;
        if (Math.Abs(margin - held * unit) < tpv * settings.MinimumOrderMarginPortfolioPercentage)
        {
            reason = $"The margin change for {security.Symbol} is below MinimumOrderMarginPortfolioPercentage.";
            return 0;
        }

        return settings.AllowFractionalShares
            ? FractionalLoop(security, tpv, m, margin, unit, price, held)
            : WholeShareLoop(security, tpv, m, margin, unit, price, held);
    }

    /// <summary>
    /// Buying power check before a fill (SEMANTICS.md D end): reducing or closing always passes; otherwise the order's
    /// initial margin plus fee must fit in the free margin (plus the released margin of a position being flipped).
    /// A relative tolerance of 1e-9 absorbs binary rounding where LEAN's decimals are exact. <paramref name="price"/> is
    /// the security's current price in LEAN.
    /// </summary>
    public static bool HasSufficientBuyingPower(SecurityPortfolioManager portfolio, Security security, double quantity, double fee, double price)
    {
        var held = security.Holdings.Quantity;
        var opposite = held != 0 && Math.Sign(held) != Math.Sign(quantity);
        if (opposite && Math.Abs(quantity) <= Math.Abs(held))
        {
            return true;
        }

        if (portfolio.AccountType == AccountType.Cash && held + quantity < 0)
        {
            return false;
        }

        var free = Math.Max(0, portfolio.MarginRemaining);
        if (opposite)
        {
            // Maintenance plus initial margin of the position being reversed (SEMANTICS.md D).
            free += 2 * Math.Abs(held) * price / security.Leverage;
        }

        var required = Math.Abs((quantity * price / security.Leverage) + fee);
        return required <= free + (1e-9 * Math.Max(1, free));
    }

    private static double WholeShareLoop(Security security, double tpv, double m, double margin, double unit, double price, double held)
    {
        for (var i = 0; i < MaxIterations; i++)
        {
            // Round the final position toward zero (floor long, ceiling short), then step back while it overshoots.
            var final = Math.Truncate(margin / unit);
            while (Math.Abs(final * unit) > Math.Abs(margin))
            {
                final -= Math.Sign(margin);
            }

            var delta = final - held;
            if (delta == 0)
            {
                return 0;
            }

            var fee = security.FeeModel.GetOrderFee(security, delta, price);
            var next = (tpv - fee) * m;
            if (Math.Abs(final * unit) <= Math.Abs(next))
            {
                return delta;
            }

            margin = next;
        }

        throw new InvalidOperationException($"Order sizing for {security.Symbol} did not converge.");
    }

    private static double FractionalLoop(Security security, double tpv, double m, double margin, double unit, double price, double held)
    {
        // With fractional shares the fee loop has a fixed point (e.g. cash / (price x (1 + f)) for a proportional fee);
        // iterate to it instead of stopping at the first margin that fits.
        for (var i = 0; i < MaxIterations; i++)
        {
            var delta = (margin / unit) - held;
            var fee = security.FeeModel.GetOrderFee(security, delta, price);
            var next = (tpv - fee) * m;
            if (Math.Abs(next - margin) <= 1e-13 * Math.Abs(margin))
            {
                return (next / unit) - held;
            }

            margin = next;
        }

        throw new InvalidOperationException($"Order sizing for {security.Symbol} did not converge.");
    }
}
