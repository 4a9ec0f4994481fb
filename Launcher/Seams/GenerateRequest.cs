namespace Backtest.Launcher.Seams;

/// <summary><c>backtest data generate</c>: a synthetic market from <see cref="Seed"/>, written as a LEAN folder.</summary>
internal sealed record GenerateRequest(int Seed, string OutFolder);
