using Backtest.Data.Model;
using Backtest.Data.Validation;

namespace Backtest.Data.Lean;

/// <summary>The trade bars of one LEAN zip (prices in dollars, raw) with the validation outcome.</summary>
/// <param name="Path">The zip file.</param>
/// <param name="EntryName">The zip entry that was read (the first one).</param>
/// <param name="Bars">Bars in file order.</param>
/// <param name="Report">Row count and downgraded problems.</param>
public sealed record LeanBarFile(string Path, string EntryName, IReadOnlyList<Bar> Bars, ValidationReport Report);
