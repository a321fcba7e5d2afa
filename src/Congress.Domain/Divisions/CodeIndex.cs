namespace Congress.Domain.Divisions;

/// <summary>
/// An open-addressing hash table from a division code (as its twelve-digit number) to a dense index: no boxing,
/// no per-lookup allocation, linear probing over a power-of-two table at most half full, keys and values interleaved.
/// </summary>
/// <remarks>Immutable after construction; safe for concurrent reads.</remarks>
internal sealed class CodeIndex
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    public CodeIndex(ReadOnlySpan<Division> divisions)
    {
        var capacity = 16;
        while (capacity < divisions.Length * 2)
        {
            capacity <<= 1;
        }

        _entries = new Entry[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        var mask = capacity - 1;
        for (var i = 0; i < divisions.Length; i++)
        {
            var key = divisions[i].Code.TwelveDigits();
            var slot = Slot(key);
            while (_entries[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = new Entry(key, i);
        }
    }

    /// <summary>The dense index of <paramref name="code"/>, or -1 when it is not in the table.</summary>
    public int Find(DivisionCode code)
    {
        if (code.IsNone)
        {
            return -1;
        }

        var key = code.TwelveDigits();
        var mask = _entries.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Key == key)
            {
                return entry.Value;
            }

            if (entry.Key == 0)
            {
                return -1;
            }
        }
    }

    // Key and value side by side: one cache line per probe.
    private readonly record struct Entry(long Key, int Value);

    // Fibonacci hashing: the top bits of key * 2^64/phi.
    private int Slot(long key) => (int)((ulong)key * 11400714819323198485UL >> _shift);
}
