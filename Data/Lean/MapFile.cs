namespace Backtest.Data.Lean;

/// <summary>
/// A LEAN map file (SEMANTICS.md E): which file ticker holds a security's data on each date. Rows ascend by date;
/// a row's ticker applies to every date after the previous row's date up to and including its own. Immutable.
/// </summary>
public sealed class MapFile
{
    /// <summary>The terminal date LEAN writes for securities that are still listed.</summary>
    public static readonly DateOnly StillListed = new(2050, 12, 31);

    public MapFile(string name, IReadOnlyList<MapFileRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A map file needs at least one row.", nameof(rows));
        }

        Name = name;
        Rows = rows;
    }

    /// <summary>The map file's name without extension, e.g. "qqq" or "aaa.1".</summary>
    public string Name { get; }

    public IReadOnlyList<MapFileRow> Rows { get; }

    /// <summary>The first date of the security's history (the first row's date; it also feeds the SecurityIdentifier).</summary>
    public DateOnly FirstDate => Rows[0].Date;

    /// <summary>The first row's ticker, the one LEAN puts in the SecurityIdentifier string.</summary>
    public string FirstTicker => Rows[0].Ticker;

    /// <summary>The delisting date (the last row's date), or null when the last row is 2050-12-31 (still listed).</summary>
    public DateOnly? DelistingDate => Rows[^1].Date == StillListed ? null : Rows[^1].Date;

    /// <summary>
    /// The file ticker for <paramref name="date"/>: the row with the smallest date &gt;= <paramref name="date"/>.
    /// Null before <see cref="FirstDate"/> (not yet listed) and after the last row's date (delisted).
    /// </summary>
    public string? TickerOn(DateOnly date)
    {
        if (date < FirstDate)
        {
            return null;
        }

        foreach (var row in Rows)
        {
            if (row.Date >= date)
            {
                return row.Ticker;
            }
        }

        return null;
    }
}
