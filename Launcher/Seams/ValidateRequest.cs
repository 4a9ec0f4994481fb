using System.Collections.Immutable;

namespace Backtest.Launcher.Seams;

/// <summary>
/// <c>backtest data validate</c>: check folders or files. Strict by default (the first problem fails with a
/// DataException); <see cref="Lenient"/> reports every problem as a warning and fails only on unreadable input.
/// </summary>
internal sealed record ValidateRequest(ImmutableArray<string> Paths, bool Lenient);
