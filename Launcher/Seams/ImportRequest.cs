using System.Collections.Immutable;

namespace Backtest.Launcher.Seams;

/// <summary><c>backtest data import</c>: CSV files or folders of them, written as a LEAN folder at <see cref="OutFolder"/>.</summary>
internal sealed record ImportRequest(ImmutableArray<string> Sources, string OutFolder);
