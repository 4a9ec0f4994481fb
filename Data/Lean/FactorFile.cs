namespace Backtest.Data.Lean;

/// <summary>
/// A LEAN factor file, rows in ascending date order, the last one normally 2050-12-31 with factors 1.
/// Lookup follows LEAN's CorporateFactorProvider: for date D use the row with the smallest date &gt;= D
/// (../shared/parity/lean/SEMANTICS.md A.3). Immutable.
/// </summary>
public sealed class FactorFile
{
    public FactorFile(string ticker, IReadOnlyList<FactorFileRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Ticker = ticker;
        Rows = rows;
    }

    public string Ticker { get; }

    public IReadOnlyList<FactorFileRow> Rows { get; }

    /// <summary>The row whose factors apply to <paramref name="date"/>, or null when the date is after every row.</summary>
    public FactorFileRow? RowFor(DateOnly date)
    {
        var lo = 0;
        var hi = Rows.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Rows[mid].Date >= date)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found < 0 ? null : Rows[found];
    }
}
