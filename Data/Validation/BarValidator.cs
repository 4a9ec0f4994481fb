using System.Globalization;
using Backtest.Data.Errors;

namespace Backtest.Data.Validation;

/// <summary>
/// Checks parsed bar rows for the problems listed in <see cref="ValidationCheck"/>. Each problem is either thrown
/// as a <see cref="DataException"/> naming file, 1-based line, column and the raw line, or (when the options make
/// it a warning) counted in the returned report. Rows are never removed or changed.
/// </summary>
internal static class BarValidator
{
    // Relative slack for open/close against high/low: adjusted prices from float32 sources differ in the last bits.
    private const double RangeTolerance = 1e-9;

    /// <exception cref="DataException">The file has no rows, or a check that is not downgraded fails.</exception>
    public static ValidationReport Validate(BarRows rows, ValidationOptions options)
    {
        if (rows.Count == 0)
        {
            throw DataException.InFile(rows.File, "the file has no data rows (empty or header only)", "Add data rows or remove the file from the data folder.");
        }

        var warnings = new List<ValidationWarning>();
        for (var i = 0; i < rows.Count; i++)
        {
            CheckRow(rows, i, options, warnings);
            if (i > 0)
            {
                CheckOrder(rows, i, options, warnings);
            }
        }

        if (options.Calendar is not null)
        {
            CheckGaps(rows, options, warnings);
        }

        return new ValidationReport(rows.Count, warnings);
    }

    private static void CheckRow(BarRows rows, int i, ValidationOptions options, List<ValidationWarning> warnings)
    {
        double o = rows.Open[i], h = rows.High[i], l = rows.Low[i], c = rows.Close[i], v = rows.Volume[i];
        var names = rows.Columns;
        ReadOnlySpan<double> prices = [o, h, l, c];
        for (var k = 0; k < prices.Length; k++)
        {
            if (!double.IsFinite(prices[k]))
            {
                Report(rows, i, names[k + 1], ValidationCheck.NonFinite, "price is NaN or infinite", "Replace it with the traded price or remove the row.", options, warnings);
            }
            else if (prices[k] <= 0)
            {
                Report(rows, i, names[k + 1], ValidationCheck.NonPositivePrice, "price is zero or negative", "Replace it with the traded price or remove the row.", options, warnings);
            }
        }

        if (h < l)
        {
            Report(rows, i, names[2], ValidationCheck.HighBelowLow, $"high {h.ToString("R", CultureInfo.InvariantCulture)} is below low {l.ToString("R", CultureInfo.InvariantCulture)}", "Swap or correct the high and low values.", options, warnings);
        }
        else
        {
            var slack = RangeTolerance * Math.Abs(h);
            if (o > h + slack || o < l - slack)
            {
                Report(rows, i, names[1], ValidationCheck.OpenCloseOutsideRange, "open lies outside [low, high]", "Correct the open, high or low value.", options, warnings);
            }

            if (c > h + slack || c < l - slack)
            {
                Report(rows, i, names[4], ValidationCheck.OpenCloseOutsideRange, "close lies outside [low, high]", "Correct the close, high or low value.", options, warnings);
            }
        }

        if (v < 0 || double.IsInfinity(v))
        {
            Report(rows, i, names[5], ValidationCheck.NegativeVolume, "volume is negative or infinite", "Correct the volume (0 is allowed for days without trades).", options, warnings);
        }
    }

    private static void CheckOrder(BarRows rows, int i, ValidationOptions options, List<ValidationWarning> warnings)
    {
        var previous = rows.Times[i - 1];
        var current = rows.Times[i];
        if (current < previous)
        {
            Report(rows, i, rows.Columns[0], ValidationCheck.UnsortedTimes, $"time is earlier than line {rows.Lines[i - 1]}'s", "Sort the file by date in ascending order.", options, warnings);
        }
        else if (current == previous)
        {
            Report(rows, i, rows.Columns[0], ValidationCheck.DuplicateTimes, $"time repeats line {rows.Lines[i - 1]}'s", "Remove the duplicate row.", options, warnings);
        }
    }

    private static void CheckGaps(BarRows rows, ValidationOptions options, List<ValidationWarning> warnings)
    {
        var calendar = options.Calendar!;
        var previous = DateOnly.FromDateTime(rows.Times[0]);
        for (var i = 1; i < rows.Count; i++)
        {
            var current = DateOnly.FromDateTime(rows.Times[i]);
            if (current <= previous.AddDays(1))
            {
                previous = current > previous ? current : previous;
                continue;
            }

            var missing = 0;
            for (var d = previous.AddDays(1); d < current; d = d.AddDays(1))
            {
                missing += calendar.IsTradingDay(d) ? 1 : 0;
            }

            if (missing > options.MaxMissingTradingDays)
            {
                var problem = $"{missing} trading days are missing between {previous:yyyy-MM-dd} and {current:yyyy-MM-dd} (more than {options.MaxMissingTradingDays})";
                Report(rows, i, rows.Columns[0], ValidationCheck.MissingTradingDays, problem, "Fill the gap from another source, or validate leniently if the security did not trade then.", options, warnings);
            }

            previous = current;
        }
    }

    private static void Report(
        BarRows rows, int i, string column, ValidationCheck check, string problem, string remedy, ValidationOptions options, List<ValidationWarning> warnings)
    {
        var error = DataException.At(rows.File, rows.Lines[i], column, rows.RawLines[i], problem, remedy);
        if (!options.IsWarning(check))
        {
            throw error;
        }

        warnings.Add(new ValidationWarning(check, error.Message));
    }
}
