using Backtest.Data.Csv;
using Backtest.Data.Lean;

namespace Backtest.Data.Import;

/// <summary>
/// Receives one CSV's checked rows and streams them into the staged daily zip while deriving its factor rows, so an
/// import holds no series in memory. Dispose closes the zip; only then is it complete.
/// </summary>
internal sealed class SymbolImport(string stagingRoot, string ticker) : ICsvBarSink, IDisposable
{
    private readonly LeanDailyBarWriter _bars = LeanFolderWriter.DailyBarWriter(stagingRoot, ticker);
    private FactorDeriver? _factors;

    /// <summary>What the file's prices are adjusted for (known after the header).</summary>
    public CsvPriceAdjustment Adjustment { get; private set; }

    /// <summary>The first and last dates seen.</summary>
    public DateOnly First { get; private set; }

    /// <inheritdoc cref="First"/>
    public DateOnly Last { get; private set; }

    /// <summary>Bars written.</summary>
    public int Count => _bars.Count;

    public void Start(CsvBarFormat format, CsvPriceAdjustment adjustment, bool hasAdjustedClose, bool hasDividends)
    {
        Adjustment = adjustment;
        _factors = new FactorDeriver(adjustment, hasAdjustedClose, hasDividends);
    }

    public void Add(in CsvBarRow row)
    {
        First = Count == 0 ? row.Date : First;
        Last = row.Date;
        var volume = double.IsNaN(row.Volume) ? 0 : row.Volume;
        _bars.Add(row.Date.ToDateTime(TimeOnly.MinValue), row.Open, row.High, row.Low, row.Close, volume);
        _factors!.Add(row.Date, row.Close, row.AdjustedClose, row.Dividend);
    }

    /// <summary>The derived factor rows (see <see cref="FactorDeriver.Finish"/>).</summary>
    public (List<FactorFileRow> Rows, string Source) Factors() => _factors?.Finish() ?? ([], "none");

    public void Dispose() => _bars.Dispose();
}
