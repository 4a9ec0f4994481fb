namespace Backtest.Data.Validation;

/// <summary>
/// Parsed bar rows in file order with their 1-based line numbers, the input of <see cref="BarValidator"/>.
/// Volume may be NaN where the source has none (close-only files).
/// </summary>
internal sealed class BarRows
{
    public BarRows(string file, string[] columns)
    {
        File = file;
        Columns = columns;
    }

    public string File { get; }

    /// <summary>Names of the time, open, high, low, close and volume columns, for messages.</summary>
    public string[] Columns { get; }

    public List<string> RawLines { get; } = [];

    public List<DateTime> Times { get; } = [];

    public List<double> Open { get; } = [];

    public List<double> High { get; } = [];

    public List<double> Low { get; } = [];

    public List<double> Close { get; } = [];

    public List<double> Volume { get; } = [];

    public List<int> Lines { get; } = [];

    public int Count => Times.Count;

    public void Add(int line, string raw, DateTime time, double open, double high, double low, double close, double volume)
    {
        Lines.Add(line);
        RawLines.Add(raw);
        Times.Add(time);
        Open.Add(open);
        High.Add(high);
        Low.Add(low);
        Close.Add(close);
        Volume.Add(volume);
    }
}
