namespace Backtest.Optimizer.Objectives;

/// <summary>
/// The optimisation criterion (LEAN's Target plus constraints): a statistic key, a direction, an optional target
/// value that ends the search once reached, and constraints that every accepted result must meet.
/// </summary>
public sealed record Objective(string Target, Extremum Extremum, IReadOnlyList<Constraint> Constraints, decimal? TargetValue = null)
{
    /// <summary>LEAN's default criterion (maximise total profit), under our statistic name "Net Profit".</summary>
    public static Objective Default { get; } = new("Net Profit", Extremum.Max, []);

    /// <summary>
    /// Fails before the first trial when the target or a constraint names no known statistic.
    /// </summary>
    /// <exception cref="Backtest.Data.Errors.DataException">Unknown key.</exception>
    public void Validate(IReadOnlyCollection<string> knownStatistics)
    {
        StatisticReader.RequireKnown(Target, "optimization-criterion.target", knownStatistics);
        for (var i = 0; i < Constraints.Count; i++)
        {
            StatisticReader.RequireKnown(Constraints[i].Target, $"constraints[{i}].target", knownStatistics);
        }
    }

    /// <summary>The target value of an acceptable result, or null when a constraint fails or the target is missing.</summary>
    public decimal? Score(IReadOnlyDictionary<string, string> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        foreach (var constraint in Constraints)
        {
            if (!constraint.IsMet(statistics))
            {
                return null;
            }
        }

        return StatisticReader.Read(statistics, Target);
    }

    /// <summary>True when <paramref name="candidate"/> is strictly better than <paramref name="best"/> (null best: always).</summary>
    public bool IsBetter(decimal candidate, decimal? best) =>
        best is not { } b || (Extremum == Extremum.Max ? candidate > b : candidate < b);

    /// <summary>True when a target value is set and <paramref name="best"/> equals or beats it.</summary>
    public bool IsReached(decimal? best) =>
        TargetValue is { } goal && best is { } b && (Extremum == Extremum.Max ? b >= goal : b <= goal);
}
