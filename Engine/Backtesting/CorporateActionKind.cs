namespace Backtest.Engine.Backtesting;

/// <summary>Kinds of <see cref="CorporateAction"/>, in the order they are applied at one instant.</summary>
internal enum CorporateActionKind
{
    Dividend = 0,
    Split = 1,
    DelistingWarning = 2,
    Delisted = 3,
}
