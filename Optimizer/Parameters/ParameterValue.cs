namespace Backtest.Optimizer.Parameters;

/// <summary>One parameter's value in a trial, as invariant text (numbers in canonical form, e.g. "0.1").</summary>
public readonly record struct ParameterValue(string Name, string Text);
