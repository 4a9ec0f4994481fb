using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Data.Frames;
using Backtest.Data.Loading;

namespace Backtest.Algorithms.Signals;

/// <summary>
/// Reads a user-supplied valuation spread (CSV <c>date,value</c>, e.g. small-cap forward P/E divided by large-cap
/// forward P/E, or their difference) for <see cref="ValuationSpreadSignal"/>. Lower must mean small caps cheaper.
/// </summary>
public static class ValuationSpreadSeries
{
    /// <summary>
    /// One value per period of <paramref name="index"/>: the last observation dated on or before the period's date
    /// (a value is usable from its observation date on, never earlier); NaN before the first observation. Values are in
    /// the file's own unit. Blank or "." values are days without observation.
    /// </summary>
    /// <exception cref="DataException">The file is absent, empty, not two columns, or has a bad date, number or order.</exception>
    public static double[] Load(string path, TimeIndex index)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(index);
        if (!File.Exists(path))
        {
            throw DataException.InFile(path, "the valuation spread file does not exist", "Give the path of a CSV with a header date,value.");
        }

        return RateAligner.Align(FredSeriesReader.Read(path), index);
    }
}
