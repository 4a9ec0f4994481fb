namespace Backtest.Optimizer.Search;

/// <summary>The search strategies a sweep definition can name.</summary>
public enum SearchKind
{
    Grid,
    Random,
    Euler,
}
