using Backtest.Data.Calendar;

namespace Backtest.Data.Validation;

/// <summary>
/// How strictly parsed bars are checked. Every check is an error (a <see cref="Errors.DataException"/>) unless it is
/// listed in <see cref="WarnOnly"/>, in which case each occurrence becomes a counted <see cref="ValidationWarning"/>;
/// the row is kept either way, never dropped. Unparseable text, empty files and missing columns are always errors.
/// </summary>
/// <param name="WarnOnly">Checks reported as warnings instead of errors.</param>
/// <param name="MaxMissingTradingDays">The longest accepted run of absent trading days inside a file's date range.</param>
/// <param name="Calendar">The exchange calendar for the gap check; null skips <see cref="ValidationCheck.MissingTradingDays"/>.</param>
public sealed record ValidationOptions(
    IReadOnlySet<ValidationCheck> WarnOnly,
    int MaxMissingTradingDays = 5,
    TradingCalendar? Calendar = null)
{
    /// <summary>Every check is an error; no gap check (no calendar).</summary>
    public static ValidationOptions Strict { get; } = new(new HashSet<ValidationCheck>());

    /// <summary>
    /// Price-consistency and gap checks become warnings; ordering, duplicates, non-finite and non-positive
    /// prices stay errors because later stages cannot work around them.
    /// </summary>
    public static ValidationOptions Lenient { get; } = new(new HashSet<ValidationCheck>
    {
        ValidationCheck.HighBelowLow,
        ValidationCheck.OpenCloseOutsideRange,
        ValidationCheck.NegativeVolume,
        ValidationCheck.MissingTradingDays,
    });

    /// <summary>True when <paramref name="check"/> is reported as a warning.</summary>
    public bool IsWarning(ValidationCheck check) => WarnOnly.Contains(check);
}
