using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Flags a best result that sits on the edge of the searched space: for each parameter with more than one value,
/// the best value equals the first or last searched value (min or the last step not above max; first or last of a
/// value list). An edge optimum suggests the true optimum may lie outside the range.
/// </summary>
public static class EdgeOfRange
{
    /// <summary>The names of the parameters at an edge, in space order; empty when none.</summary>
    public static IReadOnlyList<string> Find(ParameterSpace space, TrialParameters best)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(best);
        var names = new List<string>();
        foreach (var dimension in space.Dimensions)
        {
            if (dimension.Texts.Count < 2)
            {
                continue;
            }

            var value = best.Get(dimension.Name);
            if (IsSame(dimension, value, dimension.Texts[0]) || IsSame(dimension, value, dimension.Texts[^1]))
            {
                names.Add(dimension.Name);
            }
        }

        return names;
    }

    private static bool IsSame(ParameterDimension dimension, string value, string edge)
    {
        if (dimension.Spec.Kind == ParameterKind.Range)
        {
            // Euler can produce values as text of the same number in another form ("2.50" vs "2.5").
            return decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
                == decimal.Parse(edge, System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Equals(value, edge, StringComparison.Ordinal);
    }
}
