namespace Backtest.Launcher.Config;

/// <summary>The layout of the data folder named by <c>data-folder</c> (config key <c>data-source</c>).</summary>
internal enum DataSourceKind
{
    /// <summary>LEAN's folder layout: equity/usa/daily/&lt;ticker&gt;.zip, factor_files, map_files (<c>"lean"</c>).</summary>
    Lean,

    /// <summary>A folder of one CSV file per ticker (<c>"csv"</c>).</summary>
    Csv,
}
