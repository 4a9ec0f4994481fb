namespace Backtest.Data.Lean;

/// <summary>
/// LEAN's default risk-free rate (SEMANTICS.md F.3): change points of an annual rate, forward-filled to every
/// calendar day. Values are fractions per annum (2.25% is 0.0225). Immutable.
/// </summary>
public sealed class RiskFreeRateSeries
{
    private readonly DateOnly[] _dates;
    private readonly double[] _rates;

    /// <param name="dates">Change-point dates, strictly ascending, at least one.</param>
    /// <param name="rates">Annual rates as fractions, one per date.</param>
    public RiskFreeRateSeries(DateOnly[] dates, double[] rates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(rates);
        if (dates.Length == 0 || dates.Length != rates.Length)
        {
            throw new ArgumentException("Need at least one date and exactly one rate per date.", nameof(rates));
        }

        _dates = (DateOnly[])dates.Clone();
        _rates = (double[])rates.Clone();
    }

    public int Count => _dates.Length;

    public DateOnly FirstDate => _dates[0];

    public DateOnly LastDate => _dates[^1];

    /// <summary>
    /// The annual rate (fraction) in force on <paramref name="date"/>: the last change point on or before it;
    /// days before the first change point get the first value, days after the last the last value.
    /// </summary>
    public double GetInterestRate(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return _rates[Math.Max(i, 0)];
    }
}
