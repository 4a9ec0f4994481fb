using System.Security.Cryptography;
using System.Text;
using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Store;

/// <summary>
/// The key of a trial: lower-case hex SHA-256 of the canonical parameter text, the data fingerprint, the strategy
/// name and version, the engine version and the scope (a walk-forward window, or ""), each length-prefixed so no two different tuples share an encoding.
/// The trial number is not part of the key: the same point found twice is one trial.
/// </summary>
public static class TrialKey
{
    public static string Compute(TrialParameters parameters, SweepIdentity identity, string scope = "")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(identity);
        var builder = new StringBuilder();
        foreach (var part in new[]
                 {
                     parameters.Canonical, identity.DataFingerprint, identity.StrategyName, identity.StrategyVersion,
                     identity.EngineVersion, scope,
                 })
        {
            builder.Append(part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(part);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
