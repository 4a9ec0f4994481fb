namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// The outcome of CSCV: one logit per in-sample/out-of-sample split (in the lexicographic order of the in-sample
/// block sets) and <see cref="Probability"/>, the share of logits &lt;= 0 (the in-sample winner ranked at or below the
/// out-of-sample median). <see cref="RowsUsed"/> is the number of time rows after trimming to whole blocks.
/// </summary>
public sealed record OverfittingResult(int Blocks, int Combinations, int RowsUsed, IReadOnlyList<double> Logits, double Probability);
