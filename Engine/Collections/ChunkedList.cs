using System.Collections;

namespace Backtest.Engine.Collections;

/// <summary>
/// An append-only list stored in fixed chunks of 256 items. Unlike <see cref="List{T}"/> it never copies what it holds
/// when it grows, and no chunk is large enough for the large-object heap, so a run that records thousands of orders,
/// events or trades does not leave a trail of doubled arrays (a W1 run trading daily allocated ~3 MB of them per run,
/// most of it large-object garbage that forced gen-2 collections in sweeps). Indexing is two array reads.
/// Not thread-safe; one run owns it.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int Shift = 8;
    private const int ChunkLength = 1 << Shift;
    private const int Mask = ChunkLength - 1;

    private T[][] _chunks = [];
    private int _count;

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list holds {_count} items.");
            }

            return _chunks[index >> Shift][index & Mask];
        }
    }

    public void Add(T item)
    {
        var chunk = _count >> Shift;
        if (chunk == _chunks.Length || _chunks[chunk] is null)
        {
            AddChunk(chunk);
        }

        _chunks[chunk][_count & Mask] = item;
        _count++;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void AddChunk(int chunk)
    {
        if (chunk == _chunks.Length)
        {
            // The chunk directory is small (one slot per 256 items); doubling it copies references only.
            Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        }

        _chunks[chunk] = new T[ChunkLength];
    }

    /// <summary>Enumerates in insertion order; adding while enumerating is not detected (append-only, so it is safe).</summary>
    public struct Enumerator(ChunkedList<T> list) : IEnumerator<T>
    {
        private int _index = -1;

        public readonly T Current => list._chunks[_index >> Shift][_index & Mask];

        readonly object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < list._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
