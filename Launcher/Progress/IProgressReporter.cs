namespace Backtest.Launcher.Progress;

/// <summary>
/// Shows progress of long work (loading, importing, sweeping). Work reports the number of completed units
/// (0..total) through the <see cref="IProgress{T}"/> it is given; reporting is thread-safe and meant for
/// unit boundaries (a file, a trial), never per bar.
/// </summary>
internal interface IProgressReporter
{
    /// <summary>Runs <paramref name="work"/> while showing "<paramref name="description"/>: done/total".</summary>
    T Track<T>(string description, long total, Func<IProgress<long>, T> work);
}
