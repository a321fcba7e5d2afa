using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Congress.Domain.Rules;

/// <summary>
/// The rules a district applies (规则集): which built-in rules are switched off, the dated parameters rules read
/// (which standards profile, from which date), and the host's own rules.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: every change returns a new rule set. <see cref="Default"/> is the seed's: every built-in
/// rule on, the 满城 "五有" standards profile. Equality is by reference.
/// </remarks>
public sealed class RuleSet
{
    /// <summary>The parameter naming the standards profile a district judges its homes and stations by.</summary>
    public const string StandardsProfileParameter = "standards-profile";

    private readonly ImmutableSortedSet<string> _disabled;
    private readonly ImmutableArray<RuleParameter> _parameters;
    private readonly ImmutableArray<(string Code, object Rule)> _customRules;

    private RuleSet(string name, ImmutableSortedSet<string> disabled, ImmutableArray<RuleParameter> parameters, ImmutableArray<(string Code, object Rule)> customRules)
    {
        Name = name;
        _disabled = disabled;
        _parameters = parameters;
        _customRules = customRules;
    }

    /// <summary>The seed's rule set: every built-in rule on, the "五有" profile (profile code <c>mancheng-wuyou</c>) from 2010-01-01.</summary>
    public static RuleSet Default { get; } = new RuleSet("default", ImmutableSortedSet.Create<string>(StringComparer.Ordinal), [], [])
        .WithParameter(StandardsProfileParameter, "mancheng-wuyou", new LocalDate(2010, 1, 1));

    /// <summary>Creates an empty rule set (every built-in rule on, no parameters) with a name.</summary>
    /// <param name="name">The name, for example the district's.</param>
    /// <returns>The rule set.</returns>
    public static RuleSet Create(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        return new RuleSet(name, ImmutableSortedSet.Create<string>(StringComparer.Ordinal), [], []);
    }

    /// <summary>The rule set's name.</summary>
    public string Name { get; }

    /// <summary>The codes of the built-in rules switched off, in order.</summary>
    public IReadOnlyCollection<string> Disabled => _disabled;

    /// <summary>The dated parameters, in the order they were added.</summary>
    public IReadOnlyList<RuleParameter> Parameters => _parameters;

    /// <summary>Whether the rule with <paramref name="code"/> applies.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns>Whether it is on.</returns>
    public bool IsEnabled(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        return !_disabled.Contains(code);
    }

    /// <summary>Switches a rule off.</summary>
    /// <param name="code">The code of a built-in rule or of one of the host's rules.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentException">No such rule is known.</exception>
    public RuleSet Disable(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), c => RuleCatalogue.TryFind(c, out _) || CustomRuleCodes().Contains(c), "No built-in or host rule has this code.");
        return new RuleSet(Name, _disabled.Add(code), _parameters, _customRules);
    }

    /// <summary>
    /// Switches off a rule the caller holds the descriptor of: a built-in rule, a host rule, or a rule of an integration
    /// package that <see cref="RuleCatalogue"/> (the core's rules) does not list, such as the interchange package's.
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new rule set.</returns>
    public RuleSet Disable(RuleDescriptor rule)
    {
        Guard.Against.Null(rule);
        return new RuleSet(Name, _disabled.Add(rule.Code), _parameters, _customRules);
    }

    /// <summary>Switches a rule back on.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns>The new rule set.</returns>
    public RuleSet Enable(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        return new RuleSet(Name, _disabled.Remove(code), _parameters, _customRules);
    }

    /// <summary>Sets a parameter from a date on; an earlier value stays in force before that date.</summary>
    /// <param name="name">The parameter name, for example <see cref="StandardsProfileParameter"/>.</param>
    /// <param name="value">The value.</param>
    /// <param name="from">The first day it is in force.</param>
    /// <returns>The new rule set.</returns>
    public RuleSet WithParameter(string name, string value, LocalDate from)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(value);
        return new RuleSet(Name, _disabled, _parameters.Add(new RuleParameter(name, value, from)), _customRules);
    }

    /// <summary>The value of a parameter in force on a date: the one with the latest start on or before it.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="on">The date.</param>
    /// <returns>The value, or <see langword="null"/> when none is in force.</returns>
    public string? ParameterOn(string name, LocalDate on)
    {
        Guard.Against.NullOrWhiteSpace(name);
        RuleParameter? best = null;
        foreach (var p in _parameters)
        {
            if (p.Name == name && p.From <= on && (best is null || p.From >= best.From))
            {
                best = p;
            }
        }

        return best?.Value;
    }

    /// <summary>Adds a host rule.</summary>
    /// <typeparam name="TSubject">The kind of object it checks.</typeparam>
    /// <param name="rule">The rule; its code must not be a built-in code or another host rule's.</param>
    /// <returns>The new rule set.</returns>
    public RuleSet WithRule<TSubject>(IRule<TSubject> rule)
    {
        Guard.Against.Null(rule);
        Guard.Against.InvalidInput(rule, nameof(rule), r => !RuleCatalogue.TryFind(r.Descriptor.Code, out _) && !CustomRuleCodes().Contains(r.Descriptor.Code), "A rule with this code is already known.");
        return new RuleSet(Name, _disabled, _parameters, _customRules.Add((rule.Descriptor.Code, rule)));
    }

    /// <summary>The host's rules that check objects of type <typeparamref name="TSubject"/> and are on.</summary>
    /// <typeparam name="TSubject">The kind of object.</typeparam>
    /// <returns>The rules.</returns>
    public IEnumerable<IRule<TSubject>> CustomRules<TSubject>() =>
        _customRules.Where(r => IsEnabled(r.Code)).Select(r => r.Rule).OfType<IRule<TSubject>>();

    /// <summary>
    /// Validates one object: keeps the built-in violations whose rules are on and adds the violations of the host's
    /// rules for its type.
    /// </summary>
    /// <typeparam name="TSubject">The kind of object.</typeparam>
    /// <param name="subject">The object.</param>
    /// <param name="builtIn">The violations the built-in rules found.</param>
    /// <returns>Every violation that applies, built-in first.</returns>
    public IReadOnlyList<RuleViolation> Apply<TSubject>(TSubject subject, IEnumerable<RuleViolation> builtIn)
    {
        Guard.Against.Null(builtIn);
        var result = builtIn.Where(v => IsEnabled(v.Code)).ToList();
        foreach (var rule in CustomRules<TSubject>())
        {
            result.AddRange(rule.Check(subject));
        }

        return result;
    }

    private HashSet<string> CustomRuleCodes() => _customRules.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A parameter of a <see cref="RuleSet"/> in force from a date (规则参数).</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value.</param>
/// <param name="From">The first day it is in force.</param>
public sealed record RuleParameter(string Name, string Value, LocalDate From);
