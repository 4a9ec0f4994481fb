using Backtest.Data.Errors;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Search;

/// <summary>
/// LEAN's grid search: the full Cartesian product in one round, the first parameter varying slowest (LEAN recurses
/// over the parameters in order), numbered from 1.
/// </summary>
public sealed class GridSearch : ISearchStrategy
{
    private readonly ParameterSpace _space;

    public GridSearch(ParameterSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        _space = space;
    }

    public IReadOnlyList<TrialParameters> Start() => Enumerate(_space.Dimensions.Select(d => d.Texts).ToArray(), _space, 1);

    public IReadOnlyList<TrialParameters> Next(IReadOnlyList<TrialResult> finishedRound) => [];

    /// <summary>The product of <paramref name="texts"/> (one list per dimension), numbered from <paramref name="firstNumber"/>.</summary>
    internal static IReadOnlyList<TrialParameters> Enumerate(IReadOnlyList<IReadOnlyList<string>> texts, ParameterSpace space, int firstNumber)
    {
        long total = 1;
        foreach (var list in texts)
        {
            total *= list.Count;
            if (total > int.MaxValue)
            {
                throw new DataException("optimization.parameters: the grid has more than 2^31 points. Use larger steps or a random search.");
            }
        }

        var trials = new List<TrialParameters>((int)total);
        var digits = new int[texts.Count];
        for (var n = 0; n < total; n++)
        {
            trials.Add(Build(firstNumber + n, texts, space, digits));
            Increment(digits, texts);
        }

        return trials;
    }

    internal static TrialParameters Build(int number, IReadOnlyList<IReadOnlyList<string>> texts, ParameterSpace space, int[] digits)
    {
        var values = new ParameterValue[digits.Length];
        for (var d = 0; d < digits.Length; d++)
        {
            values[d] = new ParameterValue(space.Dimensions[d].Name, texts[d][digits[d]]);
        }

        return new TrialParameters(number, values);
    }

    private static void Increment(int[] digits, IReadOnlyList<IReadOnlyList<string>> texts)
    {
        for (var d = digits.Length - 1; d >= 0; d--)
        {
            if (++digits[d] < texts[d].Count)
            {
                return;
            }

            digits[d] = 0;
        }
    }
}
