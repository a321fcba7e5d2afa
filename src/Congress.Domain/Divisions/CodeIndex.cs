namespace Congress.Domain.Divisions;

/// <summary>
/// An open-addressing hash table from a division code (as its twelve-digit number) to a dense index: no boxing,
/// no per-lookup allocation, linear probing over a power-of-two table at most half full.
/// </summary>
/// <remarks>Immutable after construction; safe for concurrent reads.</remarks>
internal sealed class CodeIndex
{
    private readonly long[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    public CodeIndex(ReadOnlySpan<Division> divisions)
    {
        var capacity = 16;
        while (capacity < divisions.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new long[capacity];
        _values = new int[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        var mask = capacity - 1;
        for (var i = 0; i < divisions.Length; i++)
        {
            var key = divisions[i].Code.TwelveDigits();
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _values[slot] = i;
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
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return -1;
            }
        }
    }

    // Fibonacci hashing: the top bits of key * 2^64/phi.
    private int Slot(long key) => (int)((ulong)key * 11400714819323198485UL >> _shift);
}
