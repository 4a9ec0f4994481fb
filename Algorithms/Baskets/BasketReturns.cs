using Backtest.Data.Frames;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Baskets;

/// <summary>Daily close-to-close returns of a basket on a frame, in Adjusted prices (split- and dividend-adjusted).</summary>
public static class BasketReturns
{
    /// <summary>
    /// One return per period of the frame's index (fraction, not percent). The return of period i is the weighted mean
    /// of close[i]/close[i−1] − 1 over the members that were active at i−1 (held over the day) and have a bar at i,
    /// with weights renormalised over exactly those members. NaN at period 0 and whenever no member qualifies.
    /// </summary>
    /// <exception cref="ArgumentException">A member is not in the frame.</exception>
    public static double[] Compute(BarFrame frame, Basket basket) => Compute(new BasketMembership(frame, basket));

    /// <inheritdoc cref="Compute(BarFrame, Basket)"/>
    public static double[] Compute(BasketMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var members = membership.Basket.Members;
        var prices = new double[members.Count][];
        for (var m = 0; m < prices.Length; m++)
        {
            prices[m] = AdjustedCloses(membership.Columns[m]);
        }

        var n = membership.Columns[0].Index.Count;
        var returns = new double[n];
        returns[0] = double.NaN;
        for (var i = 1; i < n; i++)
        {
            double sum = 0, weights = 0;
            for (var m = 0; m < prices.Length; m++)
            {
                if (membership.IsActive(m, i - 1) && membership.Columns[m].Presence[i] == BarPresence.Present)
                {
                    sum += members[m].Weight * ((prices[m][i] / prices[m][i - 1]) - 1.0);
                    weights += members[m].Weight;
                }
            }

            returns[i] = weights > 0 ? sum / weights : double.NaN;
        }

        return returns;
    }

    /// <summary>Close × the Adjusted price scale (NaN where there is no bar): the closes of the columns' shared Adjusted
    /// bars, the prices the engine's securities see.</summary>
    public static double[] AdjustedCloses(SymbolColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var bars = columns.ScaledBars(DataNormalizationMode.Adjusted);
        var closes = new double[bars.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            closes[i] = bars[i].Close;
        }

        return closes;
    }
}
