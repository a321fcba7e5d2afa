using System.Globalization;
using Ardalis.GuardClauses;

namespace Congress.Domain.Rules;

/// <summary>
/// A validation rule of the catalogue (校验规则): a stable code such as <c>CD-MND-001</c>, a severity, message
/// templates in Simplified Chinese and English, what it checks and the law or document it comes from.
/// </summary>
/// <remarks>
/// Rules are values: checking a rule yields <see cref="RuleViolation"/> values, never exceptions. Codes are stable
/// across versions; <see cref="Since"/> names the library version that introduced the rule. Templates use
/// composite-format placeholders (<c>{0}</c>, <c>{1}</c>, ...). Instances are immutable and thread-safe; equality is
/// by value.
/// </remarks>
public sealed record RuleDescriptor
{
    /// <summary>Creates a rule descriptor.</summary>
    /// <param name="code">The stable code, <c>CD-XXX-NNN</c>.</param>
    /// <param name="severity">How serious a violation is.</param>
    /// <param name="messageZh">The zh-Hans message template.</param>
    /// <param name="messageEn">The English message template.</param>
    /// <param name="checks">What the rule checks, in English.</param>
    /// <param name="source">The law, standard or document the rule comes from.</param>
    /// <param name="since">The library version that introduced the rule.</param>
    /// <exception cref="ArgumentException">A text is empty or the code is not of the form <c>PREFIX-AREA-NNN</c> (built-in rules use <c>CD</c>).</exception>
    public RuleDescriptor(string code, RuleSeverity severity, string messageZh, string messageEn, string checks, string source, string since = "0.1.0")
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.InvalidInput(code, nameof(code), IsWellFormedCode, "A rule code has the form PREFIX-AREA-NNN, for example CD-MND-001.");
        Guard.Against.EnumOutOfRange(severity);
        Guard.Against.NullOrWhiteSpace(messageZh);
        Guard.Against.NullOrWhiteSpace(messageEn);
        Guard.Against.NullOrWhiteSpace(checks);
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.NullOrWhiteSpace(since);
        Code = code;
        ArgumentCount = Math.Max(PlaceholderCount(messageZh), PlaceholderCount(messageEn));
        Severity = severity;
        MessageZh = messageZh;
        MessageEn = messageEn;
        Checks = checks;
        Source = source;
        Since = since;
    }

    /// <summary>The stable code, for example <c>CD-MND-001</c>.</summary>
    public string Code { get; }

    /// <summary>How serious a violation is.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The zh-Hans message template (the default language).</summary>
    public string MessageZh { get; }

    /// <summary>The English message template.</summary>
    public string MessageEn { get; }

    /// <summary>What the rule checks, in English.</summary>
    public string Checks { get; }

    /// <summary>The law, standard or document the rule comes from.</summary>
    public string Source { get; }

    /// <summary>The library version that introduced the rule.</summary>
    public string Since { get; }

    /// <summary>How many arguments the message templates take (one more than the highest placeholder index).</summary>
    public int ArgumentCount { get; }

    /// <summary>Creates a violation of this rule for the object <paramref name="subject"/>.</summary>
    /// <param name="subject">The identity of the object concerned (a division code, a mandate id, a station name ...).</param>
    /// <param name="arguments">The values for the message placeholders, formatted with the invariant culture.</param>
    /// <returns>The violation.</returns>
    public RuleViolation Violation(string subject, params object?[] arguments)
    {
        Guard.Against.NullOrWhiteSpace(subject);
        Guard.Against.Null(arguments);
        Guard.Against.InvalidInput(arguments, nameof(arguments), a => a.Length >= ArgumentCount, $"Rule {Code}'s messages take {ArgumentCount} arguments.");
        var formatted = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            formatted[i] = Convert.ToString(arguments[i], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return new RuleViolation(this, subject, formatted);
    }

    /// <summary>Formats the message template for <paramref name="culture"/>: English for any <c>en</c> culture, zh-Hans otherwise.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means zh-Hans.</param>
    /// <param name="arguments">The placeholder values.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(CultureInfo? culture, IReadOnlyList<string> arguments)
    {
        Guard.Against.Null(arguments);
        var template = IsEnglish(culture) ? MessageEn : MessageZh;
        return string.Format(CultureInfo.InvariantCulture, template, arguments.Cast<object?>().ToArray());
    }

    private static bool IsEnglish(CultureInfo? culture)
    {
        for (var c = culture; c is not null && !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (string.Equals(c.Name, "en", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int PlaceholderCount(string template)
    {
        var count = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            if (template[i] != '{')
            {
                continue;
            }

            var end = template.IndexOfAny(['}', ',', ':'], i + 1);
            if (end > i + 1 && int.TryParse(template.AsSpan(i + 1, end - i - 1), System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                count = Math.Max(count, index + 1);
            }
        }

        return count;
    }

    // PREFIX-AREA-NNN: built-in rules use the prefix CD; a host's own rules use a prefix of their own (2 to 4 letters).
    private static bool IsWellFormedCode(string code)
    {
        var parts = code.Split('-');
        return parts.Length == 3
            && parts[0].Length is >= 2 and <= 4 && parts[0].All(c => c is >= 'A' and <= 'Z')
            && parts[1].Length == 3 && parts[1].All(c => c is >= 'A' and <= 'Z')
            && parts[2].Length == 3 && parts[2].All(char.IsAsciiDigit);
    }
}
