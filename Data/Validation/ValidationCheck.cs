namespace Backtest.Data.Validation;

/// <summary>A semantic check on parsed bars that <see cref="ValidationOptions"/> may turn into a counted warning.</summary>
public enum ValidationCheck
{
    /// <summary>A price is NaN or infinite.</summary>
    NonFinite = 0,

    /// <summary>A price is zero or negative.</summary>
    NonPositivePrice = 1,

    /// <summary>High is below low.</summary>
    HighBelowLow = 2,

    /// <summary>Open or close lies outside [low, high].</summary>
    OpenCloseOutsideRange = 3,

    /// <summary>A time is earlier than the previous row's.</summary>
    UnsortedTimes = 4,

    /// <summary>A time equals the previous row's.</summary>
    DuplicateTimes = 5,

    /// <summary>Volume is negative (or NaN where volume is given).</summary>
    NegativeVolume = 6,

    /// <summary>More consecutive calendar trading days are absent than <see cref="ValidationOptions.MaxMissingTradingDays"/>.</summary>
    MissingTradingDays = 7,

    /// <summary>
    /// An hour bar lies in none of the calendar's regular-session hours (e.g. 13:00 on an early-close day). As a warning
    /// the frame loader leaves it out, as LEAN's feed does for subscriptions without extended market hours.
    /// </summary>
    OutsideRegularSession = 8,
}
