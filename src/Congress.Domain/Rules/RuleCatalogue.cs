using System.Collections.Frozen;
using System.Reflection;
using Ardalis.GuardClauses;

namespace Congress.Domain.Rules;

/// <summary>
/// The catalogue of every built-in rule (规则目录): each concept declares its rules as public static read-only
/// <see cref="RuleDescriptor"/> fields of a public static class, and the catalogue finds them all.
/// </summary>
/// <remarks>Thread-safe; built once on first use.</remarks>
public static class RuleCatalogue
{
    private static readonly Lazy<(IReadOnlyList<RuleDescriptor> All, FrozenDictionary<string, RuleDescriptor> ByCode)> Catalogue = new(Build);

    /// <summary>Every built-in rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> BuiltIn => Catalogue.Value.All;

    /// <summary>Finds a built-in rule by its code.</summary>
    /// <param name="code">The code, for example <c>CD-MND-001</c>.</param>
    /// <param name="rule">The rule when found.</param>
    /// <returns>Whether the code is a built-in rule.</returns>
    public static bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? rule)
    {
        Guard.Against.Null(code);
        return Catalogue.Value.ByCode.TryGetValue(code, out rule);
    }

    private static (IReadOnlyList<RuleDescriptor>, FrozenDictionary<string, RuleDescriptor>) Build()
    {
        var rules = typeof(RuleCatalogue).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsInitOnly && f.FieldType == typeof(RuleDescriptor))
            .Select(f => (RuleDescriptor)f.GetValue(null)!)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var duplicate = rules.GroupBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Rule code {duplicate.Key} is declared twice.");
        }

        return (rules, rules.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal));
    }
}
