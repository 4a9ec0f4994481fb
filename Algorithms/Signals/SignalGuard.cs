namespace Backtest.Algorithms.Signals;

/// <summary>The one guard for programmer errors in signal parameters and update order.</summary>
internal static class SignalGuard
{
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside [min, max].</exception>
    public static void InRange(double value, double min, double max, string name, string meaning)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} ({meaning}) must be in [{min}, {max}].");
        }
    }

    /// <exception cref="ArgumentOutOfRangeException">The value is outside [min, max].</exception>
    public static void InRange(int value, int min, int max, string name, string meaning)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} ({meaning}) must be in [{min}, {max}].");
        }
    }

    /// <summary>
    /// Updates must move forward in time: a signal only ever sees the present and the past, so a repeated or
    /// earlier time is a wiring bug (for example a history replay fed into a live signal).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is not after the previous update.</exception>
    public static void After(DateTime previous, DateTime time, string signal)
    {
        if (time <= previous)
        {
            throw new ArgumentOutOfRangeException(
                nameof(time), time, $"{signal} was updated at {previous:O}; each update must be at a later time (one update per close).");
        }
    }
}
