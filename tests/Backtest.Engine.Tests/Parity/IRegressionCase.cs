using Backtest.Data.Model;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// What a LEAN regression case declares besides its algorithm code (LEAN's IRegressionAlgorithmDefinition): the data it
/// needs and LEAN's published ExpectedStatistics (../shared/parity/lean/CASES.md, LEAN commit 24863901deff).
/// </summary>
internal interface IRegressionCase
{
    /// <summary>Resolution of the algorithm's subscriptions (one per run).</summary>
    Resolution Resolution { get; }

    /// <summary>First and last calendar date of the data to load (the algorithm's start and end dates).</summary>
    DateOnly DataStart { get; }

    DateOnly DataEnd { get; }

    /// <summary>Tickers the algorithm subscribes.</summary>
    IReadOnlyList<string> Tickers { get; }

    /// <summary>LEAN's expected statistics, key to string, OrderListHash included as published (never compared).</summary>
    IReadOnlyDictionary<string, string> ExpectedStatistics { get; }

    /// <summary>
    /// Keys that this engine cannot reproduce, each with the reason. The harness skips them, and fails if one of them
    /// starts to match (so the list never hides a fixed statistic).
    /// </summary>
    IReadOnlyDictionary<string, string> KnownDifferences { get; }
}
