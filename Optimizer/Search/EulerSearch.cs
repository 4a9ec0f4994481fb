using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Search;

/// <summary>
/// LEAN's Euler search (SEMANTICS G). Round 1 is the grid of the space (steps from the segment amount where
/// missing). After each round, with a best acceptable result so far, every step parameter whose step is still above
/// its min-step is re-gridded around the best value: new step = max(min-step, step / segments), half-width =
/// new step * segments / 2, clipped to the original [min, max]; other parameters keep their values. The search
/// ends when no step can shrink, when no result is acceptable, or when the objective's target value is reached.
/// Points already run may be proposed again; the store then answers them from its record.
/// </summary>
public sealed class EulerSearch : ISearchStrategy
{
    private readonly ParameterSpace _space;
    private readonly Objective _objective;
    private readonly StepRange?[] _ranges;
    private int _nextNumber = 1;
    private TrialParameters? _best;
    private decimal? _bestScore;

    public EulerSearch(ParameterSpace space, Objective objective)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(objective);
        _space = space;
        _objective = objective;
        _ranges = space.Dimensions
            .Select(d => d.Step > 0m ? new StepRange(d.Spec.Min, d.Spec.Max, d.Step) : (StepRange?)null)
            .ToArray();
    }

    /// <summary>The best acceptable trial so far, or null.</summary>
    public TrialParameters? Best => _best;

    public IReadOnlyList<TrialParameters> Start() => Emit();

    public IReadOnlyList<TrialParameters> Next(IReadOnlyList<TrialResult> finishedRound)
    {
        ArgumentNullException.ThrowIfNull(finishedRound);
        foreach (var result in finishedRound.OrderBy(r => r.Number))
        {
            if (result.Status == TrialStatus.Finished && _objective.Score(result.Statistics) is { } score
                && _objective.IsBetter(score, _bestScore))
            {
                _best = result.Parameters;
                _bestScore = score;
            }
        }

        if (_best is null || _objective.IsReached(_bestScore) || !Refine(_best))
        {
            return [];
        }

        return Emit();
    }

    private bool Refine(TrialParameters best)
    {
        var refined = false;
        var segments = _space.SegmentAmount;
        for (var d = 0; d < _ranges.Length; d++)
        {
            var dimension = _space.Dimensions[d];
            if (_ranges[d] is not { } range || range.Step <= dimension.MinStep)
            {
                continue;
            }

            var newStep = Math.Max(dimension.MinStep, range.Step / segments);
            var halfWidth = newStep * segments / 2m;
            var centre = best.GetDecimal(dimension.Name);
            _ranges[d] = new StepRange(
                Math.Max(dimension.Spec.Min, centre - halfWidth),
                Math.Min(dimension.Spec.Max, centre + halfWidth),
                newStep);
            refined = true;
        }

        return refined;
    }

    private List<TrialParameters> Emit()
    {
        var texts = new IReadOnlyList<string>[_ranges.Length];
        for (var d = 0; d < _ranges.Length; d++)
        {
            texts[d] = _ranges[d] is { } r
                ? StepEnumerator.Values(r.Min, r.Max, r.Step).Select(ParameterSpec.Text).ToArray()
                : _space.Dimensions[d].Texts;
        }

        var trials = GridSearch.Enumerate(texts, _space, _nextNumber);
        _nextNumber += trials.Count;
        return [.. trials];
    }

    private readonly record struct StepRange(decimal Min, decimal Max, decimal Step);
}
