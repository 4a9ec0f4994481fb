namespace Backtest.Optimizer.Parameters;

/// <summary>How a <see cref="ParameterSpec"/> produces its values.</summary>
public enum ParameterKind
{
    /// <summary>min, min + step, ... not above max.</summary>
    Range,

    /// <summary>An explicit value list.</summary>
    List,

    /// <summary>One fixed value.</summary>
    Static,
}
