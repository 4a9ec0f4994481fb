namespace Backtest.Data.Frames;

/// <summary>Why a symbol has or has no bar at a point of the shared time index.</summary>
public enum BarPresence : byte
{
    /// <summary>The source has a bar for this period.</summary>
    Present = 0,

    /// <summary>The period is before the symbol's first bar (not yet listed).</summary>
    BeforeListing = 1,

    /// <summary>The period is after the symbol's last bar (delisted or data ends).</summary>
    AfterDelisting = 2,

    /// <summary>The symbol is listed but the source has no bar for this trading period.</summary>
    Missing = 3,
}
