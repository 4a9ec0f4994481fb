namespace Backtest.Data.Validation;

/// <summary>
/// Parsed bar rows in file order. Each row is checked by a <see cref="BarValidator"/> as it is added, so a file is
/// validated in one streaming pass; the values are kept only when <c>keepValues</c> is true (readers that return
/// the series), which lets validation of a file of any size run in bounded memory. Volume may be NaN where the
/// source has none (close-only files).
/// </summary>
internal sealed class BarRows
{
    private readonly BarValidator _validator;
    private readonly bool _keepValues;

    public BarRows(string file, string[] columns, ValidationOptions options, bool keepValues = true)
    {
        _validator = new BarValidator(file, columns, options);
        _keepValues = keepValues;
    }

    public List<DateTime> Times { get; } = [];

    public List<double> Open { get; } = [];

    public List<double> High { get; } = [];

    public List<double> Low { get; } = [];

    public List<double> Close { get; } = [];

    public List<double> Volume { get; } = [];

    /// <summary>Rows added (kept or not).</summary>
    public int Count => _validator.Count;

    /// <exception cref="Errors.DataException">The row fails a check that the options do not downgrade.</exception>
    public void Add(int line, RawLine raw, DateTime time, double open, double high, double low, double close, double volume)
    {
        _validator.Check(line, raw, time, open, high, low, close, volume);
        if (!_keepValues)
        {
            return;
        }

        Times.Add(time);
        Open.Add(open);
        High.Add(high);
        Low.Add(low);
        Close.Add(close);
        Volume.Add(volume);
    }

    /// <summary>The report over every row added.</summary>
    /// <exception cref="Errors.DataException">No row was added.</exception>
    public ValidationReport Finish() => _validator.Finish();
}
