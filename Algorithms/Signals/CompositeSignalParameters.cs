namespace Backtest.Algorithms.Signals;

/// <summary>Parameters of <see cref="CompositeSignal"/>.</summary>
/// <param name="Weights">One weight per member signal, in member order; each 0..100, at least one positive.</param>
/// <param name="Threshold">The weighted vote, normalised to [−1, 1] by the sum of weights, must reach +Threshold for
/// SmallCaps or −Threshold for LargeTech; otherwise Neutral. (0, 1]. Default 0.5 (a weighted majority).</param>
public sealed record CompositeSignalParameters(IReadOnlyList<double> Weights, double Threshold = 0.5)
{
    /// <exception cref="ArgumentOutOfRangeException">A weight or the threshold is outside its range, or all weights are 0.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Weights);
        var total = 0.0;
        for (var i = 0; i < Weights.Count; i++)
        {
            SignalGuard.InRange(Weights[i], 0.0, 100.0, $"{nameof(Weights)}[{i}]", "vote weight of a member signal");
            total += Weights[i];
        }

        if (total <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Weights), "At least one member signal needs a positive weight.");
        }

        if (!(Threshold > 0 && Threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold (normalised vote needed for a regime) must be in (0, 1].");
        }
    }
}
