namespace Backtest.Data.Validation;

/// <summary>A check that failed but was downgraded to a warning; <see cref="Message"/> has file, line, column and raw text.</summary>
public readonly record struct ValidationWarning(ValidationCheck Check, string Message);
