namespace Backtest.Engine.Algorithm;

/// <summary>Brokerage models (LEAN's names). Both use the Interactive Brokers fee model for US equities.</summary>
public enum BrokerageName
{
    Default = 0,
    InteractiveBrokersBrokerage = 1,
}
