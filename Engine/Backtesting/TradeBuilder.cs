using Backtest.Data.Model;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Builds closed trades from fills, fill-to-fill with FIFO matching (LEAN's default TradeBuilder). Open lots are updated
/// with each time step's prices for MAE/MFE without allocating.
/// </summary>
internal sealed class TradeBuilder
{
    // Open lots by Symbol.Id (symbols are interned, ids small and dense): the per-step mark-to-market indexes instead of
    // hashing.
    private List<Lot>?[] _open = [];
    private readonly Collections.ChunkedList<Trade> _closed = new();

    // The symbols that have open lots, in no particular order (each lot's MAE/MFE depends only on its own price), so the
    // per-step mark-to-market visits the open positions, not every security of the run.
    private readonly List<Symbol> _openSymbols = [];

    public IReadOnlyList<Trade> ClosedTrades => _closed;

    /// <summary>Books a fill of signed <paramref name="quantity"/> at <paramref name="price"/> with <paramref name="fee"/>.</summary>
    public void OnFill(Symbol symbol, DateTime time, double quantity, double price, double fee)
    {
        if (symbol.Id >= _open.Length)
        {
            Array.Resize(ref _open, Math.Max(symbol.Id + 1, _open.Length * 2));
        }

        var lots = _open[symbol.Id] ??= [];
        var wasOpen = lots.Count > 0;

        var remaining = Math.Abs(quantity);
        var total = remaining;
        var isBuy = quantity > 0;
        while (remaining > 0 && lots.Count > 0 && lots[0].IsLong != isBuy)
        {
            var lot = lots[0];
            var closed = Math.Min(lot.Quantity, remaining);
            var entryFee = lot.Fee * closed / lot.Quantity;
            var exitFee = fee * closed / total;
            var pnl = (price - lot.Price) * closed * (lot.IsLong ? 1 : -1);
            _closed.Add(new Trade(symbol, lot.Time, lot.Price, lot.IsLong, closed, time, price, pnl, entryFee + exitFee,
                Math.Min(lot.Mae * closed / lot.Quantity, Math.Min(pnl, 0)), Math.Max(lot.Mfe * closed / lot.Quantity, Math.Max(pnl, 0))));
            remaining -= closed;
            if (closed >= lot.Quantity)
            {
                lots.RemoveAt(0);
            }
            else
            {
                lots[0] = lot with { Quantity = lot.Quantity - closed, Fee = lot.Fee - entryFee, Mae = lot.Mae * (1 - (closed / lot.Quantity)), Mfe = lot.Mfe * (1 - (closed / lot.Quantity)) };
            }
        }

        if (remaining > 0)
        {
            lots.Add(new Lot(time, price, isBuy, remaining, fee * remaining / total, 0, 0));
        }

        if (wasOpen != lots.Count > 0)
        {
            if (wasOpen)
            {
                // A scan of the open positions, once per position closed.
                _openSymbols.Remove(symbol);
            }
            else
            {
                _openSymbols.Add(symbol);
            }
        }
    }

    /// <summary>Updates MAE/MFE of open lots with the securities' current prices (once per time step).</summary>
    public void MarkToMarket(SecurityManager securities)
    {
        foreach (var symbol in _openSymbols)
        {
            // A symbol traded without a security (only in tests) has no price to mark.
            if (!securities.TryGetValue(symbol, out var security))
            {
                continue;
            }

            var lots = _open[symbol.Id]!;
            var price = security.Price;
            for (var i = 0; i < lots.Count; i++)
            {
                var lot = lots[i];
                var pnl = (price - lot.Price) * lot.Quantity * (lot.IsLong ? 1 : -1);
                if (pnl < lot.Mae || pnl > lot.Mfe)
                {
                    lots[i] = lot with { Mae = Math.Min(lot.Mae, pnl), Mfe = Math.Max(lot.Mfe, pnl) };
                }
            }
        }
    }

    private readonly record struct Lot(DateTime Time, double Price, bool IsLong, double Quantity, double Fee, double Mae, double Mfe);
}
