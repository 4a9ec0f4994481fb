namespace Backtest.Data.Validation;

/// <summary>The outcome of validating one file's rows: the row count and every downgraded problem, in line order.</summary>
public sealed record ValidationReport(int Rows, IReadOnlyList<ValidationWarning> Warnings)
{
    /// <summary>How many warnings of <paramref name="check"/> were raised.</summary>
    public int Count(ValidationCheck check)
    {
        var n = 0;
        foreach (var w in Warnings)
        {
            if (w.Check == check)
            {
                n++;
            }
        }

        return n;
    }
}
