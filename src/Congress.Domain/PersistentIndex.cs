using System.Collections.Immutable;

namespace Congress.Domain;

/// <summary>
/// An index that a register reads as an <see cref="IReadOnlyDictionary{TKey, TValue}"/> and changes as an
/// <see cref="ImmutableDictionary{TKey, TValue}"/>. A register loaded in bulk holds a plain dictionary it owns and never
/// changes (cheap to build, fast to read); the persistent copy is made once, on the first change, and cached.
/// </summary>
internal static class PersistentIndex
{
    /// <summary>The index as an immutable dictionary: itself when it is one, else a copy made once and cached.</summary>
    public static ImmutableDictionary<TKey, TValue> Of<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> index, ref ImmutableDictionary<TKey, TValue>? cache)
        where TKey : notnull
    {
        if (index is ImmutableDictionary<TKey, TValue> immutable)
        {
            return immutable;
        }

        if (cache is { } cached)
        {
            return cached;
        }

        // Two threads may both copy; one copy wins and both are equal, so the race is benign.
        var copy = index.ToImmutableDictionary();
        return Interlocked.CompareExchange(ref cache, copy, null) ?? copy;
    }
}
