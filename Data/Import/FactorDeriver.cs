using Backtest.Data.Csv;
using Backtest.Data.Lean;

namespace Backtest.Data.Import;

/// <summary>
/// Derives LEAN factor-file rows from a bar series fed in date order, keeping only the rows it will write (one per
/// change of the adjustment ratio, or one per dividend), so it works on a streamed file of any length. The rules are
/// <see cref="CsvImporter"/>'s: from an adjusted close beside split-adjusted prices, price factor = adjusted close /
/// close with a row wherever the ratio changes by more than 1e-5 (relative); from a dividends column, LEAN's rule going
/// back from the end, factor x (1 - dividend / previous close). Fully adjusted series get no factor file.
/// </summary>
internal sealed class FactorDeriver
{
    /// <summary>Relative change of adjusted close / close that marks a dividend (yfinance ratios carry ~2e-7 noise).</summary>
    private const double RatioChangeTolerance = 1e-5;

    private readonly List<FactorFileRow> _changes = [];
    private readonly List<(DateOnly Date, double Dividend, double Close)> _dividends = [];
    private bool _any;
    private DateOnly _previousDate;
    private double _previousRatio;
    private double _previousClose;

    public FactorDeriver(CsvPriceAdjustment adjustment, bool hasAdjustedClose, bool hasDividends) =>
        Source = adjustment.HasFlag(CsvPriceAdjustment.Dividends) ? "none"
            : hasAdjustedClose ? "adjusted-close"
            : hasDividends ? "dividends" : "none";

    /// <summary>"adjusted-close", "dividends" or "none": what the rows are derived from.</summary>
    public string Source { get; }

    /// <summary>Adds the next day (dates ascending; close in dollars, above zero as validation guarantees).</summary>
    public void Add(DateOnly date, double close, double adjustedClose, double dividend)
    {
        var ratio = Source == "adjusted-close" ? adjustedClose / close : 0;
        if (_any && Source == "adjusted-close" && Math.Abs((_previousRatio / ratio) - 1) > RatioChangeTolerance)
        {
            _changes.Add(new FactorFileRow(_previousDate, _previousRatio, 1, _previousClose));
        }

        if (_any && Source == "dividends" && dividend > 0)
        {
            // The row sits on the day before the ex-date; its reference price is that day's close.
            _dividends.Add((_previousDate, dividend, _previousClose));
        }

        (_any, _previousDate, _previousRatio, _previousClose) = (true, date, ratio, close);
    }

    /// <summary>Factor rows, ascending and ending with 2050-12-31 (empty when nothing is derivable), and their source.</summary>
    public (List<FactorFileRow> Rows, string Source) Finish()
    {
        if (!_any || Source == "none")
        {
            return ([], "none");
        }

        return Source == "adjusted-close" ? (FromRatios(), Source) : (FromDividends(), Source);
    }

    private List<FactorFileRow> FromRatios()
    {
        var rows = new List<FactorFileRow>(_changes);
        if (Math.Abs(_previousRatio - 1) > 1e-9)
        {
            rows.Add(new FactorFileRow(_previousDate, _previousRatio, 1, _previousClose));
        }

        rows.Add(new FactorFileRow(LeanFolderWriter.EndOfTime, 1, 1, 0));
        return rows;
    }

    private List<FactorFileRow> FromDividends()
    {
        var rows = new List<FactorFileRow> { new(LeanFolderWriter.EndOfTime, 1, 1, 0) };
        var factor = 1.0;
        for (var i = _dividends.Count - 1; i >= 0; i--)
        {
            var (date, dividend, close) = _dividends[i];
            factor *= 1 - (dividend / close);
            rows.Add(new FactorFileRow(date, factor, 1, close));
        }

        rows.Reverse();
        return rows.Count == 1 ? [] : rows;
    }
}
