using System.Collections;

namespace Congress.Domain.Divisions;

/// <summary>
/// A contiguous run of divisions of a <see cref="DivisionHierarchy"/> in pre-order (a subtree, the descendants of a
/// division, or every division). Enumerating it with <c>foreach</c> allocates nothing.
/// </summary>
/// <remarks>A read-only view of an immutable hierarchy: immutable and thread-safe. Equality is by reference to the same run.</remarks>
public readonly struct DivisionSlice : IReadOnlyList<Division>
{
    private readonly Division[]? _array;
    private readonly int _start;

    internal DivisionSlice(Division[] array, int start, int count)
    {
        _array = array;
        _start = start;
        Count = count;
    }

    /// <summary>The number of divisions.</summary>
    public int Count { get; }

    /// <summary>The division at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The division.</returns>
    public Division this[int index] => (uint)index < (uint)Count ? _array![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The divisions as a span.</summary>
    /// <returns>A read-only span over the run.</returns>
    public ReadOnlySpan<Division> AsSpan() => _array is null ? default : new ReadOnlySpan<Division>(_array, _start, Count);

    /// <summary>A non-allocating enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_array, _start, _start + Count);

    IEnumerator<Division> IEnumerable<Division>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="DivisionSlice"/>.</summary>
    public struct Enumerator : IEnumerator<Division>
    {
        private readonly Division[]? _array;
        private readonly int _end;
        private int _i;

        internal Enumerator(Division[]? array, int start, int end)
        {
            _array = array;
            _i = start - 1;
            _end = end;
        }

        /// <summary>The current division.</summary>
        public readonly Division Current => _array![_i];

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next division.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext() => ++_i < _end;

        /// <summary>Not supported.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException();

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>
/// The proper ancestors of a division, nearest first (legal parent, then its parent, up to the province).
/// Enumerating it with <c>foreach</c> allocates nothing.
/// </summary>
/// <remarks>A read-only view of an immutable hierarchy: immutable and thread-safe.</remarks>
public readonly struct AncestorCollection : IEnumerable<Division>
{
    private readonly DivisionHierarchy? _hierarchy;
    private readonly int _index;

    internal AncestorCollection(DivisionHierarchy hierarchy, int index)
    {
        _hierarchy = hierarchy;
        _index = index;
    }

    /// <summary>The number of ancestors (the depth of the division; 0 for a province).</summary>
    public int Count => _hierarchy is null ? 0 : _hierarchy.DepthAt(_index);

    /// <summary>A non-allocating enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_hierarchy, _index);

    IEnumerator<Division> IEnumerable<Division>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates an <see cref="AncestorCollection"/>.</summary>
    public struct Enumerator : IEnumerator<Division>
    {
        private readonly DivisionHierarchy? _hierarchy;
        private int _i;

        internal Enumerator(DivisionHierarchy? hierarchy, int index)
        {
            _hierarchy = hierarchy;
            _i = index;
        }

        /// <summary>The current ancestor.</summary>
        public readonly Division Current => _hierarchy!.At(_i);

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next ancestor up.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext()
        {
            if (_hierarchy is null || _i < 0)
            {
                return false;
            }

            _i = _hierarchy.ParentAt(_i);
            return _i >= 0;
        }

        /// <summary>Not supported.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException();

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>The legal children of a division, in code order. Enumerating it with <c>foreach</c> allocates nothing.</summary>
/// <remarks>A read-only view of an immutable hierarchy: immutable and thread-safe.</remarks>
public readonly struct ChildCollection : IEnumerable<Division>
{
    private readonly DivisionHierarchy? _hierarchy;
    private readonly int _index;

    internal ChildCollection(DivisionHierarchy hierarchy, int index)
    {
        _hierarchy = hierarchy;
        _index = index;
    }

    /// <summary>A non-allocating enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_hierarchy, _index);

    IEnumerator<Division> IEnumerable<Division>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="ChildCollection"/>.</summary>
    public struct Enumerator : IEnumerator<Division>
    {
        private readonly DivisionHierarchy? _hierarchy;
        private readonly int _end;
        private int _next;
        private int _current;

        internal Enumerator(DivisionHierarchy? hierarchy, int index)
        {
            _hierarchy = hierarchy;
            _next = index + 1;
            _end = hierarchy is null ? 0 : hierarchy.EndAt(index);
            _current = -1;
        }

        /// <summary>The current child.</summary>
        public readonly Division Current => _hierarchy!.At(_current);

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next child.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext()
        {
            if (_hierarchy is null || _next >= _end)
            {
                return false;
            }

            _current = _next;
            _next = _hierarchy.EndAt(_current);
            return true;
        }

        /// <summary>Not supported.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException();

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}
