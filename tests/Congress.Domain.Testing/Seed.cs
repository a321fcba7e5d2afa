namespace Congress.Domain.Testing;

/// <summary>Facts the seed reports state (../shared/seed/baoding-district-reports.zh.txt), for tests to reuse.</summary>
public static class Seed
{
    /// <summary>保定市's GB/T 2260 code.</summary>
    public const string BaodingCode = "130600";

    /// <summary>满城区's GB/T 2260 code.</summary>
    public const string ManchengCode = "130607";

    /// <summary>清苑区's GB/T 2260 code.</summary>
    public const string QingyuanCode = "130608";

    /// <summary>徐水区's GB/T 2260 code.</summary>
    public const string XushuiCode = "130609";
}
