namespace Backtest.Engine.Securities;

/// <summary>The run's current New York time, owned by the engine and read by the objects of one run only.</summary>
internal sealed class EngineClock
{
    public DateTime Now { get; set; }
}
