namespace Congress.Domain;

/// <summary>
/// The stable codes of the library's catalogue entries (measures, themes, activity kinds, industries, profiles,
/// criteria): lower-case ASCII letters, digits and hyphens, such as <c>voters-received</c> or <c>mancheng-wuyou</c>.
/// </summary>
internal static class StableCode
{
    /// <summary>The message a malformed code is refused with.</summary>
    public const string Message = "A code holds lower-case letters, digits and hyphens.";

    /// <summary>Whether <paramref name="code"/> is non-empty and holds only lower-case ASCII letters, digits and hyphens.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length > 0 && code.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
