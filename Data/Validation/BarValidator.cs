using System.Globalization;
using Backtest.Data.Errors;

namespace Backtest.Data.Validation;

/// <summary>
/// Checks bar rows one at a time, in file order, for the problems listed in <see cref="ValidationCheck"/>. Each
/// problem is either thrown as a <see cref="DataException"/> naming file, 1-based line, column and the raw line, or
/// (when the options make it a warning) counted in the report. Rows are never removed or changed. Only the previous
/// row's time and line are remembered, so memory does not grow with the file (warnings aside).
/// </summary>
internal sealed class BarValidator(string file, string[] columns, ValidationOptions options)
{
    // Relative slack for open/close against high/low: adjusted prices from float32 sources differ in the last bits.
    private const double RangeTolerance = 1e-9;

    private readonly List<ValidationWarning> _warnings = [];
    private DateTime _previousTime;
    private int _previousLine;
    private DateOnly _gapAnchor;

    /// <summary>Rows checked so far.</summary>
    public int Count { get; private set; }

    /// <exception cref="DataException">A check that is not downgraded fails.</exception>
    public void Check(int line, RawLine raw, DateTime time, double o, double h, double l, double c, double v)
    {
        var row = new Row(line, raw);
        CheckPrices(row, o, h, l, c);
        CheckRange(row, o, h, l, c);
        if (v < 0 || double.IsInfinity(v))
        {
            Report(row, columns[5], ValidationCheck.NegativeVolume, "volume is negative or infinite", "Correct the volume (0 is allowed for days without trades).");
        }

        if (Count > 0)
        {
            CheckOrder(row, time);
            CheckGap(row, DateOnly.FromDateTime(time));
        }
        else
        {
            _gapAnchor = DateOnly.FromDateTime(time);
        }

        _previousTime = time;
        _previousLine = line;
        Count++;
    }

    /// <exception cref="DataException">No row was checked (empty file or header only).</exception>
    public ValidationReport Finish() => Count > 0 ? new ValidationReport(Count, _warnings)
        : throw DataException.InFile(file, "the file has no data rows (empty or header only)", "Add data rows or remove the file from the data folder.");

    private void CheckPrices(Row row, double o, double h, double l, double c)
    {
        ReadOnlySpan<double> prices = [o, h, l, c];
        for (var k = 0; k < prices.Length; k++)
        {
            if (!double.IsFinite(prices[k]))
            {
                Report(row, columns[k + 1], ValidationCheck.NonFinite, "price is NaN or infinite", "Replace it with the traded price or remove the row.");
            }
            else if (prices[k] <= 0)
            {
                Report(row, columns[k + 1], ValidationCheck.NonPositivePrice, "price is zero or negative", "Replace it with the traded price or remove the row.");
            }
        }
    }

    private void CheckRange(Row row, double o, double h, double l, double c)
    {
        if (h < l)
        {
            Report(row, columns[2], ValidationCheck.HighBelowLow, $"high {h.ToString("R", CultureInfo.InvariantCulture)} is below low {l.ToString("R", CultureInfo.InvariantCulture)}", "Swap or correct the high and low values.");
            return;
        }

        var slack = RangeTolerance * Math.Abs(h);
        if (o > h + slack || o < l - slack)
        {
            Report(row, columns[1], ValidationCheck.OpenCloseOutsideRange, "open lies outside [low, high]", "Correct the open, high or low value.");
        }

        if (c > h + slack || c < l - slack)
        {
            Report(row, columns[4], ValidationCheck.OpenCloseOutsideRange, "close lies outside [low, high]", "Correct the close, high or low value.");
        }
    }

    private void CheckOrder(Row row, DateTime time)
    {
        if (time < _previousTime)
        {
            Report(row, columns[0], ValidationCheck.UnsortedTimes, $"time is earlier than line {_previousLine}'s", "Sort the file by date in ascending order.");
        }
        else if (time == _previousTime)
        {
            Report(row, columns[0], ValidationCheck.DuplicateTimes, $"time repeats line {_previousLine}'s", "Remove the duplicate row.");
        }
    }

    private void CheckGap(Row row, DateOnly current)
    {
        if (options.Calendar is not { } calendar)
        {
            return;
        }

        var previous = _gapAnchor;
        if (current <= previous.AddDays(1))
        {
            _gapAnchor = current > previous ? current : previous;
            return;
        }

        var missing = 0;
        for (var d = previous.AddDays(1); d < current; d = d.AddDays(1))
        {
            missing += calendar.IsTradingDay(d) ? 1 : 0;
        }

        if (missing > options.MaxMissingTradingDays)
        {
            var problem = $"{missing} trading days are missing between {previous:yyyy-MM-dd} and {current:yyyy-MM-dd} (more than {options.MaxMissingTradingDays})";
            Report(row, columns[0], ValidationCheck.MissingTradingDays, problem, "Fill the gap from another source, or validate leniently if the security did not trade then.");
        }

        _gapAnchor = current;
    }

    private void Report(Row row, string column, ValidationCheck check, string problem, string remedy)
    {
        var error = DataException.At(file, row.Line, column, row.Raw.ToString(), problem, remedy);
        if (!options.IsWarning(check))
        {
            throw error;
        }

        _warnings.Add(new ValidationWarning(check, error.Message));
    }

    private readonly record struct Row(int Line, RawLine Raw);
}
