namespace Backtest.Data.Csv;

/// <summary>
/// A rate series as observed (FRED style): ascending dates with values in percent per annum, exactly as the file
/// gives them. Days without an observation are simply absent.
/// </summary>
/// <param name="Name">The series name (the value column, or the file name when the column is just "value").</param>
/// <param name="Path">The file read.</param>
/// <param name="Dates">Observation dates, strictly ascending.</param>
/// <param name="Values">Values in percent, one per date, all finite.</param>
/// <param name="MissingObservations">Rows whose value was blank or "." (no observation that day).</param>
public sealed record RateSeries(string Name, string Path, DateOnly[] Dates, double[] Values, int MissingObservations)
{
    public int Count => Dates.Length;
}
