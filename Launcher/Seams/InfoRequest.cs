namespace Backtest.Launcher.Seams;

/// <summary><c>backtest data info</c>: summarise the data folder (tickers, date ranges, gaps, fingerprint).</summary>
internal sealed record InfoRequest(string Folder);
