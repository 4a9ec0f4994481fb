using System.Collections;

namespace Backtest.Engine.Indicators;

/// <summary>
/// A fixed-size window of the most recent values with LEAN's indexing: [0] is the most recent, [Count - 1] the
/// oldest kept. Adding is O(1) and allocation-free (a ring buffer allocated once). Not thread-safe.
/// </summary>
public sealed class RollingWindow<T> : IEnumerable<T>
{
    private readonly T[] _items;
    private int _head = -1;
    private T _mostRecentlyRemoved = default!;

    /// <summary>Creates a window holding at most <paramref name="size"/> values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">size is less than 1.</exception>
    public RollingWindow(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _items = new T[size];
    }

    /// <summary>Maximum number of values kept.</summary>
    public int Size => _items.Length;

    /// <summary>Number of values currently kept (at most <see cref="Size"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Number of values ever added since creation or <see cref="Reset"/>.</summary>
    public long Samples { get; private set; }

    /// <summary>True once the window is full.</summary>
    public bool IsReady => Count == Size;

    /// <summary>The value pushed out by the latest add.</summary>
    /// <exception cref="InvalidOperationException">No value has been removed yet.</exception>
    public T MostRecentlyRemoved => Samples > Size
        ? _mostRecentlyRemoved
        : throw new InvalidOperationException("No value has left the window yet; check Samples > Size first.");

    /// <summary>The value <paramref name="i"/> steps back; 0 is the most recent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">i is negative or not less than <see cref="Count"/>.</exception>
    public T this[int i]
    {
        get
        {
            if ((uint)i >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(i), i, $"The window holds {Count} values; index must be 0..{Count - 1}.");
            }

            var index = _head - i;
            return _items[index < 0 ? index + _items.Length : index];
        }
    }

    /// <summary>Adds the newest value, dropping the oldest when full.</summary>
    public void Add(T item)
    {
        _head = _head + 1 == _items.Length ? 0 : _head + 1;
        if (Count == _items.Length)
        {
            _mostRecentlyRemoved = _items[_head];
        }
        else
        {
            Count++;
        }

        _items[_head] = item;
        Samples++;
    }

    /// <summary>Empties the window.</summary>
    public void Reset()
    {
        Array.Clear(_items);
        _head = -1;
        Count = 0;
        Samples = 0;
        _mostRecentlyRemoved = default!;
    }

    /// <summary>Enumerates from the most recent to the oldest without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Struct enumerator, most recent first.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly RollingWindow<T> _window;
        private int _index;

        internal Enumerator(RollingWindow<T> window)
        {
            _window = window;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _window[_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _window.Count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
