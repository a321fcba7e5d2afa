using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Congress.Domain.Campaigns;

/// <summary>
/// A catalogue of the public static read-only fields of type <typeparamref name="T"/> declared by a static class,
/// found by reflection on first use and looked up by code. Thread-safe.
/// </summary>
/// <typeparam name="T">The type of the entries.</typeparam>
internal sealed class StaticCatalogue<T>
    where T : class
{
    private readonly Lazy<(IReadOnlyList<T> All, FrozenDictionary<string, T> ByCode)> _catalogue;

    public StaticCatalogue(Type holder, Func<T, string> code) =>
        _catalogue = new(() =>
        {
            var all = holder.GetFields()
                .Where(f => f.IsStatic && f.IsInitOnly && f.FieldType == typeof(T))
                .Select(f => (T)f.GetValue(null)!)
                .ToList();
            return (all, all.ToFrozenDictionary(code, StringComparer.Ordinal));
        });

    public IReadOnlyList<T> All => _catalogue.Value.All;

    public bool TryFind(string code, [NotNullWhen(true)] out T? entry) => _catalogue.Value.ByCode.TryGetValue(code, out entry);
}
