using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Backtest.Engine.Results;
using Backtest.Launcher.Config;
using Backtest.Launcher.Results;
using Backtest.Optimizer.Store;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// Names a sweep and its trials. The identity's data fingerprint covers the data files and every setting that
/// changes a trial besides its swept parameters (dates, cash, the config's fixed parameters: the run folder hash),
/// so a stored trial is reused only for the same inputs. The folder name adds the optimization block:
/// <c>sweep-&lt;algorithm&gt;-&lt;12 hex digits&gt;</c>.
/// </summary>
internal static class SweepFolder
{
    /// <summary>The store file inside the sweep folder.</summary>
    public const string StoreFileName = "sweep.sqlite";

    public static SweepIdentity Identity(LauncherOptions options, Type algorithmType, string dataFingerprint) => new(
        RunFolderName.Hash(options, dataFingerprint),
        algorithmType.FullName ?? algorithmType.Name,
        algorithmType.Assembly.GetName().Version?.ToString() ?? "0.0.0.0",
        RunDescription.CurrentEngineVersion);

    public static string Name(SweepIdentity identity, OptimizationOptions block, string algorithm)
    {
        var text = new StringBuilder()
            .Append(identity.DataFingerprint).Append('\n')
            .Append(identity.StrategyName).Append('\n')
            .Append(block.Strategy).Append('\n')
            .Append(block.DefaultSegmentAmount?.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Invariant($"{block.Criterion.Target}|{block.Criterion.Extremum}|{block.Criterion.TargetValue:R}")).Append('\n');
        if (block.Samples is not null || block.Seed != 0)
        {
            // Only random (and below, walk-forward) sweeps add a line, so the names of existing sweeps do not change.
            text.Append(Invariant($"r|{block.Samples}|{block.Seed}")).Append('\n');
        }

        if (block.WalkForward is { } wf)
        {
            text.Append(Invariant($"w|{wf.InSampleLength}|{wf.OutOfSampleLength}|{wf.EffectiveStep}|{wf.Anchored}")).Append('\n');
        }

        foreach (var constraint in block.Constraints)
        {
            text.Append(Invariant($"c|{constraint.Target}|{constraint.Operator}|{constraint.TargetValue:R}")).Append('\n');
        }

        foreach (var parameter in block.Parameters)
        {
            text.Append(Invariant($"p|{parameter.Name}|{parameter.Min:R}|{parameter.Max:R}|{parameter.Step:R}|{parameter.MinStep:R}|{parameter.Value}")).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..RunFolderName.HashDigits];
        return $"sweep-{Sanitize(algorithm)}-{hash}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Sanitize(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
