using NodaTime;

namespace Congress.Domain.Quotas;

/// <summary>
/// The seat-quota rules of Election Law art. 11 (选举法第十一条) as dated data: the text in force from the fifth
/// amendment (2010-03-14) and the seventh amendment (2020-10-17, in force the day it was promulgated), which raised the
/// county base from 120 to 140 (cap 450 now reached above 1.55 million instead of 1.65 million) and the township base
/// from 40 to 45. The province, municipality and prefecture-city rules did not change. The text before 2010-03-14 is
/// not recorded: asking for an earlier date finds no rule.
/// </summary>
/// <remarks>Thread-safe; the rows are immutable.</remarks>
public static class ElectionLawArticle11
{
    /// <summary>The day the fifth amendment (第五次修正) was adopted and took effect.</summary>
    public static readonly LocalDate FifthAmendment = new(2010, 3, 14);

    /// <summary>The day the seventh amendment (第七次修正) was adopted and took effect.</summary>
    public static readonly LocalDate SeventhAmendment = new(2020, 10, 17);

    private const string Law = "全国人民代表大会和地方各级人民代表大会选举法";
    private const string Amended2010 = "（2010年3月14日第十一届全国人民代表大会第三次会议第五次修正）";
    private const string Amended2020 = "（2020年10月17日第十三届全国人民代表大会常务委员会第二十二次会议第七次修正）";

    /// <summary>Every rule, by tier and date.</summary>
    public static IReadOnlyList<LawRule> Rules { get; } =
    [
        new(QuotaLevel.Province, FifthAmendment, null, 350, 150_000, 1_000, null, null, 5,
            Law + "第十一条第一款第一项、第二款" + Amended2010 + "：省、自治区基数三百五十名，每十五万人可以增加一名，代表总名额不得超过一千名；自治区、聚居的少数民族多的省经全国人大常委会决定可以另加百分之五"),
        new(QuotaLevel.Municipality, FifthAmendment, null, 350, 25_000, 1_000, null, null, 0,
            Law + "第十一条第一款第一项" + Amended2010 + "：直辖市基数三百五十名，每二万五千人可以增加一名，代表总名额不得超过一千名"),
        new(QuotaLevel.PrefectureCity, FifthAmendment, null, 240, 25_000, 650, 10_000_000, null, 0,
            Law + "第十一条第一款第二项" + Amended2010 + "：设区的市、自治州基数二百四十名，每二万五千人可以增加一名；人口超过一千万的，代表总名额不得超过六百五十名"),
        new(QuotaLevel.County, FifthAmendment, SeventhAmendment.PlusDays(-1), 120, 5_000, 450, 1_650_000, 50_000, 5,
            Law + "第十一条第一款第三项、第二款" + Amended2010 + "：县级基数一百二十名，每五千人可以增加一名；人口超过一百六十五万的，代表总名额不得超过四百五十名；人口不足五万的，代表总名额可以少于一百二十名"),
        new(QuotaLevel.County, SeventhAmendment, null, 140, 5_000, 450, 1_550_000, 50_000, 5,
            Law + "第十一条第一款第三项、第二款" + Amended2020 + "：县级基数一百四十名，每五千人可以增加一名；人口超过一百五十五万的，代表总名额不得超过四百五十名；人口不足五万的，代表总名额可以少于一百四十名"),
        new(QuotaLevel.Township, FifthAmendment, SeventhAmendment.PlusDays(-1), 40, 1_500, 160, null, 2_000, 5,
            Law + "第十一条第一款第四项、第二款" + Amended2010 + "：乡、民族乡、镇基数四十名，每一千五百人可以增加一名，代表总名额不得超过一百六十名；人口不足二千的，代表总名额可以少于四十名"),
        new(QuotaLevel.Township, SeventhAmendment, null, 45, 1_500, 160, null, 2_000, 5,
            Law + "第十一条第一款第四项、第二款" + Amended2020 + "：乡、民族乡、镇基数四十五名，每一千五百人可以增加一名，代表总名额不得超过一百六十名；人口不足二千的，代表总名额可以少于四十五名"),
    ];
}
