using Backtest.Data.Csv;

namespace Backtest.Engine.Algorithm;

public abstract partial class QCAlgorithm
{
    private IReadOnlyDictionary<string, RateSeries> _customData = new Dictionary<string, RateSeries>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Subscribes a custom daily series supplied with the run (LEAN's AddData, for FRED-style rate files such as
    /// "DFF" or "DGS2"; the launcher supplies every file of &lt;data-folder&gt;/alternative/fred and the config's "rates").
    /// </summary>
    /// <exception cref="InvalidOperationException">Called outside Initialize, or the run has no series of that name.</exception>
    public CustomSeries AddData(string name)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"AddData(\"{name}\"): custom data can only be added in Initialize.");
        }

        if (!_customData.TryGetValue(name, out var series))
        {
            var known = _customData.Count == 0 ? "none" : string.Join(", ", _customData.Keys.Order(StringComparer.Ordinal));
            throw new InvalidOperationException($"AddData(\"{name}\"): the run has no custom series of that name (available: {known}). Put a FRED-style file under <data-folder>/alternative/fred or list it under \"rates\" in config.json.");
        }

        return new CustomSeries(series, Clock);
    }

    internal void AttachCustomData(IReadOnlyDictionary<string, RateSeries> customData) =>
        _customData = new Dictionary<string, RateSeries>(customData, StringComparer.OrdinalIgnoreCase);
}
