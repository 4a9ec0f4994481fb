using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Frames;
using Backtest.Data.Import;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Data.Validation;

namespace Backtest.Data.Loading;

/// <summary>Loads one symbol's columns from a LEAN data folder, following its map file date by date.</summary>
internal sealed class LeanFrameLoader
{
    private readonly string _folder;
    private readonly TradingCalendar _calendar;
    private readonly TimeIndex _index;
    private readonly ValidationOptions _options;

    public LeanFrameLoader(string folder, TradingCalendar calendar, TimeIndex index, ValidationOptions options)
    {
        _folder = folder;
        _calendar = calendar;
        _index = index;
        _options = options;
        _bases = PriceBasisFile.Read(folder);
        _isSynthetic = File.Exists(Path.Combine(folder, SyntheticMarker));
    }

    /// <summary>A file at the root of a data folder made by the synthetic-market generator.</summary>
    public const string SyntheticMarker = "SYNTHETIC";

    private readonly IReadOnlyDictionary<string, PriceBasis> _bases;

    // Bar lists of files already placed in columns, reused for the next files (a fresh list per file is a large object
    // per symbol).
    private readonly Stack<List<Bar>> _spareLists = new();
    private readonly bool _isSynthetic;

    /// <summary>Files read so far (for the fingerprint).</summary>
    public List<string> FilesUsed { get; } = [];

    public SymbolColumns Load(Symbol symbol)
    {
        var name = symbol.Value.ToLowerInvariant();
        var usa = Path.Combine(_folder, "equity", "usa");
        var mapPath = Path.Combine(usa, "map_files", name + ".csv");
        var factorPath = Path.Combine(usa, "factor_files", name + ".csv");
        var map = File.Exists(mapPath) ? MapFileReader.Read(mapPath) : null;
        var factors = File.Exists(factorPath) ? FactorFileReader.Read(factorPath) : null;
        AddUsed(map is null ? null : mapPath);
        AddUsed(factors is null ? null : factorPath);

        var columns = new ColumnBuilder(_index.Count);
        var files = new Dictionary<string, FileBars?>(StringComparer.Ordinal);
        var primary = Fill(columns, name, map, files);
        foreach (var file in files.Values)
        {
            // The columns hold the values now: the files' bar lists serve the next symbol.
            if (file is not null)
            {
                _spareLists.Push(file.Bars);
            }
        }

        if (primary is null && !File.Exists(ZipPath(name)))
        {
            throw DataException.InFile(
                ZipPath(name),
                $"no data for {symbol}: the file does not exist",
                $"Check the ticker, or add {symbol}'s bars to the data folder (backtest data import <csv> --out {_folder}).");
        }

        columns.ClassifyEdges();
        var pricesAreRaw = !_bases.TryGetValue(symbol.Value, out var basis) || basis == PriceBasis.Raw;
        var securityId = map is null ? null : SecurityIdentifier.Generate(map.FirstTicker, map.FirstDate);
        var source = new SourceInfo(primary ?? ZipPath(name), pricesAreRaw ? "lean-zip" : "lean-zip-adjusted", pricesAreRaw, _isSynthetic, securityId);
        return new SymbolColumns(symbol, _index, columns.Open, columns.High, columns.Low, columns.Close, columns.Volume, columns.Presence, source, factors);
    }

    /// <summary>Places each index period's bar from the zip the map file names for that date; returns the first zip used.</summary>
    private string? Fill(ColumnBuilder columns, string name, MapFile? map, Dictionary<string, FileBars?> bars)
    {
        string? primary = null;
        for (var i = 0; i < _index.Count; i++)
        {
            var date = DateOnly.FromDateTime(_index.StartTimes[i]);
            var fileTicker = map is null ? name : map.TickerOn(date);
            if (fileTicker is null)
            {
                columns.Pin(i, date < map!.FirstDate ? BarPresence.BeforeListing : BarPresence.AfterDelisting);
                continue;
            }

            var fileBars = BarsOf(fileTicker, bars);
            if (fileBars is null)
            {
                // The map file says the security traded under this ticker, but the folder has no file for it.
                columns.Pin(i, BarPresence.Missing);
                continue;
            }

            primary ??= ZipPath(fileTicker);
            if (fileBars.TryGet(_index.StartTimes[i], out var bar))
            {
                columns.Set(i, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
            }
        }

        return primary;
    }

    private FileBars? BarsOf(string fileTicker, Dictionary<string, FileBars?> cache)
    {
        if (cache.TryGetValue(fileTicker, out var known))
        {
            return known;
        }

        var path = ZipPath(fileTicker);
        FileBars? found = null;
        if (File.Exists(path))
        {
            var bars = _spareLists.Count > 0 ? _spareLists.Pop() : [];
            var file = LeanZipReader.ReadTradeBars(path, _index.Resolution, _calendar, _options, bars);
            found = new FileBars(bars);
            CheckOnIndex(path, file);
            AddUsed(path);
        }

        cache[fileTicker] = found;
        return found;
    }

    /// <summary>
    /// One file's bars found by start time. The index asks for increasing times, so bars in strictly increasing order (what
    /// validation demands unless its order checks are warnings) are found by a cursor that only moves forward; otherwise
    /// by a dictionary in which a repeated time keeps its last bar.
    /// </summary>
    private sealed class FileBars
    {
        private readonly List<Bar> _bars;
        private readonly Dictionary<DateTime, Bar>? _byStart;
        private int _cursor;

        public FileBars(List<Bar> bars)
        {
            _bars = bars;
            for (var k = 1; k < bars.Count; k++)
            {
                if (bars[k].Time <= bars[k - 1].Time)
                {
                    _byStart = new Dictionary<DateTime, Bar>(bars.Count);
                    foreach (var bar in bars)
                    {
                        _byStart[bar.Time] = bar;
                    }

                    break;
                }
            }
        }

        /// <summary>The file's bars in file order.</summary>
        public List<Bar> Bars => _bars;

        /// <summary>The bar starting at <paramref name="start"/>; times asked must not decrease.</summary>
        public bool TryGet(DateTime start, out Bar bar)
        {
            if (_byStart is not null)
            {
                return _byStart.TryGetValue(start, out bar);
            }

            while (_cursor < _bars.Count && _bars[_cursor].Time < start)
            {
                _cursor++;
            }

            if (_cursor < _bars.Count && _bars[_cursor].Time == start)
            {
                bar = _bars[_cursor];
                return true;
            }

            bar = default;
            return false;
        }
    }

    /// <summary>An hour bar inside the requested days that matches no period of the index would be lost: refuse it, unless
    /// the options make <see cref="ValidationCheck.OutsideRegularSession"/> a warning (LEAN's regular-hours feed).</summary>
    private void CheckOnIndex(string path, LeanBarFile file)
    {
        if (_index.Count == 0 || _index.Resolution != Resolution.Hour)
        {
            return;
        }

        var first = _index.StartTimes[0].Date;
        var last = _index.StartTimes[^1].Date.AddDays(1);
        foreach (var bar in file.Bars)
        {
            if (bar.Time >= first && bar.Time < last)
            {
                var k = Array.BinarySearch(_index.StartTimes, bar.Time);
                if (k < 0 && !_options.IsWarning(ValidationCheck.OutsideRegularSession))
                {
                    throw DataException.InFile(path, $"the hour bar starting {bar.Time:yyyy-MM-dd HH:mm} lies outside every regular-session hour of the calendar", "Check the calendar (market-hours-database.json) or remove the bar.");
                }
            }
        }
    }

    private string ZipPath(string fileTicker) =>
        Path.Combine(_folder, "equity", "usa", _index.Resolution == Resolution.Daily ? "daily" : "hour", fileTicker + ".zip");

    private void AddUsed(string? path)
    {
        if (path is not null)
        {
            FilesUsed.Add(path);
        }
    }
}
