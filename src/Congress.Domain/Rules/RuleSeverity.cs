namespace Congress.Domain.Rules;

/// <summary>How serious a rule violation is (违规等级).</summary>
public enum RuleSeverity
{
    /// <summary>Worth knowing; nothing is wrong (提示).</summary>
    Info = 0,

    /// <summary>Probably wrong or incomplete; the data can still be used (警告).</summary>
    Warning = 1,

    /// <summary>Wrong: the law or the district's standard is not met (错误).</summary>
    Error = 2,
}
