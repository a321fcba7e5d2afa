using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Congress.Domain.Interchange;

/// <summary>
/// An immutable array with structural equality (值相等的不可变数组), so that records holding lists compare by content.
/// </summary>
/// <typeparam name="T">The element type; its own <see cref="EqualityComparer{T}.Default"/> decides element equality.</typeparam>
/// <remarks>
/// Immutable and thread-safe. The default value is the empty array; two arrays are equal when they hold equal elements
/// in the same order. Serialised as a JSON array; a JSON <c>null</c> reads as the empty array.
/// </remarks>
[JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
[System.Runtime.CompilerServices.CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements; a default array is the empty array.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The elements as an immutable array (never default).</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>The number of elements.</summary>
    public int Count => Items.Length;

    /// <summary>The element at an index.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => Items[index];

    /// <summary>Wraps a sequence.</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> From(IEnumerable<T> items) => new(ImmutableArray.CreateRange(items));

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps an array (copied).</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(T[]? items) => new(items is null ? ImmutableArray<T>.Empty : ImmutableArray.Create(items));

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Enumerates the elements.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>A short description: the element type and count.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{typeof(T).Name}[{Count}]";

    /// <summary>Compares two arrays by content.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays by content.</summary>
    /// <param name="left">One array.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values; collection expressions (<c>[a, b]</c>) use it.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from a span of elements (copied).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));
}

/// <summary>Reads and writes <see cref="EquatableArray{T}"/> as a JSON array.</summary>
internal sealed class EquatableArrayJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>Reads and writes one <see cref="EquatableArray{T}"/>.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override bool HandleNull => true;

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return EquatableArray<T>.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, found {reader.TokenType}.");
        }

        var element = (JsonConverter<T>)options.GetConverter(typeof(T));
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("An array item cannot be null.");
            }

            builder.Add(element.Read(ref reader, typeof(T), options)!);
        }

        return new EquatableArray<T>(builder.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var element = (JsonConverter<T>)options.GetConverter(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value.Items)
        {
            element.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
