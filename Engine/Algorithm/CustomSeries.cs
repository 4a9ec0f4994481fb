using Backtest.Data.Csv;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// A daily custom data series (e.g. a FRED rate) as an algorithm sees it: <see cref="Value"/> is the latest
/// observation dated on or before the algorithm's current date, so a value is known from its observation
/// (publication) day on and never earlier — look-ahead is impossible by construction. NaN before the first
/// observation. Reading is O(1) amortised and allocation-free because algorithm time only moves forward.
/// </summary>
public sealed class CustomSeries
{
    private readonly RateSeries _series;
    private readonly EngineClock _clock;
    private int _cursor = -1;

    internal CustomSeries(RateSeries series, EngineClock clock)
    {
        _series = series;
        _clock = clock;
    }

    /// <summary>The series name, e.g. "DFF".</summary>
    public string Name => _series.Name;

    /// <summary>The latest observation on or before today (units as in the file, percent for FRED rates), or NaN.</summary>
    public double Value
    {
        get
        {
            Advance();
            return _cursor < 0 ? double.NaN : _series.Values[_cursor];
        }
    }

    /// <summary>The date of the observation <see cref="Value"/> comes from, or null before the first.</summary>
    public DateOnly? ObservationDate
    {
        get
        {
            Advance();
            return _cursor < 0 ? null : _series.Dates[_cursor];
        }
    }

    private void Advance()
    {
        var today = DateOnly.FromDateTime(_clock.Now);
        var dates = _series.Dates;
        while (_cursor + 1 < dates.Length && dates[_cursor + 1] <= today)
        {
            _cursor++;
        }
    }
}
