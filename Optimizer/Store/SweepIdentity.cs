namespace Backtest.Optimizer.Store;

/// <summary>
/// What, besides the parameters, makes a trial's result reproducible: the data fingerprint (e.g. a hash of the
/// loaded files), the strategy name and version, and the engine version. A change to any of them gives new keys.
/// </summary>
public sealed record SweepIdentity(string DataFingerprint, string StrategyName, string StrategyVersion, string EngineVersion);
