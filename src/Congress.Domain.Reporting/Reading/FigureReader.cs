using Ardalis.GuardClauses;
using Congress.Domain.Figures;
using Congress.Domain.Reporting.Numerals;

namespace Congress.Domain.Reporting.Reading;

/// <summary>
/// Reads the figures out of Chinese report text (读取报告中的数字): 累计接待选民810余人次 gives more than 810 人次 of
/// <see cref="Measures.VotersReceived"/>; 总投资达7.59亿元 gives exactly 759000000 元 of
/// <see cref="Measures.InvestmentAmount"/>.
/// </summary>
/// <remarks>
/// <para>A figure is a number (Arabic, full-width or Chinese digits, decimals, with 万/亿 multipliers) followed by a
/// measure word the reports count in (人次, 次, 条, 个, 名, 元, % ...), with its qualifier: 余/多/超过/逾 (more than),
/// 以上/不少于/至少 (at least), 约/左右 (about), 近/将近/接近 (nearly).</para>
/// <para>What is not a figure stays out: dates and times (2024年, 4月10日, 截至9月底, 15:30) because 年, 月, 日, 时 are not
/// measure words; ordinals (第一, 初十, 一是); numbers joined by + or - or : (1+4+4, 0312-1234567); numbers touching
/// Latin letters (ICP备12015359号, 5G); slogans (“四个聚焦”, 十个一, a numeral inside a short quotation); durations
/// (3个月); session numbers (二次会议); vague round numbers (数百人, 上千人, 千家万户); and a lone 一 (一个缩影), which
/// is far more often an article than a count.</para>
/// <para>One left-to-right pass with bounded look-around: time is linear in the text, and no input makes it throw.
/// Immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class FigureReader
{
    private const int MaxClauseLength = 48;
    private const int QuoteWindow = 10;
    private const int NounWindow = 6;

    // A noun right after the figure and a verb in the clause before it: 接待了15名选民, 收集26条建议.
    private static readonly (string Noun, string Verb, Measure Measure)[] NounCues =
    [
        ("选民", "接待", Measures.VotersReceived),
        ("群众", "接待", Measures.VotersReceived),
        ("意见建议", "提", Measures.Suggestions),
        ("意见建议", "收集", Measures.Suggestions),
        ("建议", "提", Measures.Suggestions),
        ("建议", "收集", Measures.Suggestions),
        ("问题", "解决", Measures.ProblemsSolved),
    ];

    // Measure words, longest first so that 人次 wins over 人.
    private static readonly string[] UnitWords =
    [
        "平方公里", "平方米", "人次", "场次", "批次", "公里", "公顷",
        "人", "次", "场", "批", "条", "件", "个", "名", "户", "份", "张", "处", "家", "元", "%", "％",
        "所", "项", "篇", "期", "位", "座", "亩", "米", "台", "辆", "套", "本", "册", "间", "栋", "支", "组",
        "类", "轮", "吨", "笔", "起", "堂", "种",
    ];

    // After a Chinese count with 个, these words make a slogan, not a count: 四个聚焦, 十个一, 两个维护.
    private static readonly string[] SloganContinuations =
        ["聚焦", "意识", "自信", "全面", "维护", "确立", "坚持", "必须", "务必", "代表重要思想", "一"];

    // After 个, these make a duration: 3个月.
    private static readonly string[] DurationContinuations = ["月", "小时", "工作日", "季度", "星期", "年头"];

    private static readonly (string Word, Qualifier Qualifier)[] Prefixes =
    [
        ("不少于", Qualifier.AtLeast), ("不低于", Qualifier.AtLeast), ("至少", Qualifier.AtLeast),
        ("超过", Qualifier.MoreThan), ("逾", Qualifier.MoreThan),
        ("将近", Qualifier.Nearly), ("接近", Qualifier.Nearly), ("近", Qualifier.Nearly),
        ("大约", Qualifier.About), ("约", Qualifier.About),
    ];

    private readonly MeasureCue[] _cues;

    /// <summary>Creates a reader that ties figures to measures with <paramref name="cues"/>, tried in order.</summary>
    /// <param name="cues">The cues; the first that matches a figure's clause and fits its unit wins.</param>
    public FigureReader(IEnumerable<MeasureCue> cues)
    {
        Guard.Against.Null(cues);
        _cues = [.. cues];
        Guard.Against.InvalidInput(_cues, nameof(cues), c => c.All(x => x is not null), "A cue is not null.");
    }

    /// <summary>
    /// The built-in cues, one or more per built-in measure, most specific first (集体活动 before 实地检查, so that
    /// 开展专题调研、实地检查等集体活动130余次 counts collective activities).
    /// </summary>
    public static IReadOnlyList<MeasureCue> DefaultCues { get; } =
    [
        new(Measures.VotersReceived, "接待选民"),
        new(Measures.VotersReceived, "接待", "群众"),
        new(Measures.VotersReceived, "接访群众"),
        new(Measures.DeputiesVisited, "走访代表"),
        new(Measures.ResidentsVisited, "走访群众"),
        new(Measures.ResidentsVisited, "走访", "居民"),
        new(Measures.ProblemsFound, "发现问题"),
        new(Measures.ProblemsSolved, "解决", "问题"),
        new(Measures.DispatchMeetings, "调度会"),
        new(Measures.Forums, "座谈会"),
        new(Measures.ReportsHeard, "听取", "汇报"),
        new(Measures.CollectiveActivities, "集体活动"),
        new(Measures.ResearchAndInspections, "调研", "视察"),
        new(Measures.SitesInspected, "点位"),
        new(Measures.SitesInspected, "实地检查"),
        new(Measures.StationActivities, "开展活动"),
        new(Measures.InvestmentLeads, "招商引资信息"),
        new(Measures.InvestmentLeads, "招商信息"),
        new(Measures.InvestmentProjects, "引进项目"),
        new(Measures.InvestmentProjects, "洽谈", "项目"),
        new(Measures.Suggestions, "意见建议"),
        new(Measures.Suggestions, "建议意见"),
        new(Measures.Suggestions, "意见和建议"),
        new(Measures.InvestmentAmount, "投资"),
        new(Measures.FundsInvested, "投入"),
    ];

    /// <summary>The reader with <see cref="DefaultCues"/>: the wording of the Baoding reports and others like them.</summary>
    public static FigureReader Default { get; } = new(DefaultCues);

    /// <summary>Finds every figure in <paramref name="text"/>, in order of position.</summary>
    /// <param name="text">Any text; null is refused, anything else is read.</param>
    /// <returns>The figures found.</returns>
    public IReadOnlyList<FigureMention> Read(string text)
    {
        Guard.Against.Null(text);
        var found = new List<FigureMention>();
        var clauseStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsClauseBoundary(c))
            {
                clauseStart = i + 1;
                i++;
                continue;
            }

            var runEnd = NumberRunEnd(text, i);
            if (runEnd == i)
            {
                i++;
                continue;
            }

            if (TryReadFigure(text, i, runEnd, clauseStart, out var mention))
            {
                found.Add(mention);
                clauseStart = mention.Start + mention.Length;
                i = clauseStart;
            }
            else
            {
                // Skip the whole numeral, and Chinese numeral characters glued to it (3万人口 failing leaves no 万 behind).
                i = runEnd;
                while (i < text.Length && ChineseNumerals.IsNumeralChar(text[i]))
                {
                    i++;
                }
            }
        }

        return found;
    }

    private static bool IsClauseBoundary(char c) => c is '。' or '，' or '；' or ';' or '！' or '？' or '!' or '?' or '\n' or '\r' or '：' or ':' or ',';

    // The end of the numeral starting at i (Arabic with decimals and thousands separators, or Chinese), i when none.
    private static int NumberRunEnd(string text, int i)
    {
        var j = i;
        if (ChineseNumerals.ArabicDigit(text[i]) >= 0)
        {
            while (j < text.Length)
            {
                if (ChineseNumerals.ArabicDigit(text[j]) >= 0)
                {
                    j++;
                }
                else if (text[j] is '.' or '．' && j + 1 < text.Length && ChineseNumerals.ArabicDigit(text[j + 1]) >= 0)
                {
                    j++;
                }
                else if (text[j] == ',' && IsThousandsGroup(text, j + 1))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        while (j < text.Length && ChineseNumerals.IsNumeralChar(text[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsThousandsGroup(string text, int k) =>
        k + 3 <= text.Length
        && ChineseNumerals.ArabicDigit(text[k]) >= 0
        && ChineseNumerals.ArabicDigit(text[k + 1]) >= 0
        && ChineseNumerals.ArabicDigit(text[k + 2]) >= 0
        && (k + 3 == text.Length || ChineseNumerals.ArabicDigit(text[k + 3]) < 0);

    private bool TryReadFigure(string text, int start, int runEnd, int clauseStart, out FigureMention mention)
    {
        mention = null!;
        var before = start > 0 ? text[start - 1] : '\0';
        if (before is '第' or '初' || IsCodeNeighbour(before))
        {
            return false;
        }

        var arabic = ChineseNumerals.ArabicDigit(text[start]) >= 0;
        var run = text.AsSpan(start, runEnd - start);
        decimal number;
        var hasMultiplier = false;
        var roundOnly = false;
        var j = runEnd;
        if (arabic)
        {
            if (!TryReadArabicRun(run, out number) || LooksLikeCode(run))
            {
                return false;
            }

            var m = ChineseNumerals.TryReadMultiplier(text.AsSpan(j), out var factor);
            if (m > 0)
            {
                if (!ChineseNumerals.TryMultiply(number, factor, out number))
                {
                    return false;
                }

                hasMultiplier = true;
                j += m;
            }
        }
        else
        {
            if (run.Length == 1 && run[0] == '一')
            {
                return false; // 一个缩影, 一次会议: an article far more often than a count
            }

            if (!ChineseNumerals.TryParse(run, out number))
            {
                return false;
            }

            roundOnly = IsAllUnits(run) && run is not "十"; // 十名 is ten; 百, 千, 万 alone are vague
            if (roundOnly && before is '数' or '几' or '上' or '成' or '多')
            {
                return false; // 数百人, 上千人, 成千上万
            }
        }

        if (j < text.Length && IsCodeNeighbour(text[j]))
        {
            return false;
        }

        var qualifier = Qualifier.Exact;
        if (j < text.Length && text[j] is '余' or '多')
        {
            qualifier = Qualifier.MoreThan;
            j++;
            if (!hasMultiplier)
            {
                var m = ChineseNumerals.TryReadMultiplier(text.AsSpan(j), out var factor);
                if (m > 0)
                {
                    if (!ChineseNumerals.TryMultiply(number, factor, out number))
                    {
                        return false;
                    }

                    j += m;
                }
            }
        }

        var unit = MatchUnit(text, j);
        if (unit is null)
        {
            return false;
        }

        j += unit.Length;
        if (unit == "个" && (StartsWithAny(text, j, DurationContinuations) || (!arabic && StartsWithAny(text, j, SloganContinuations))))
        {
            return false;
        }

        if (unit == "次" && !arabic && (StartsWith(text, j, "会议") || StartsWith(text, j, "全会")))
        {
            return false; // 十八届人大二次会议
        }

        if (j < text.Length && text[j] is '+' or '＋')
        {
            return false;
        }

        if (StartsWith(text, j, "以上"))
        {
            qualifier = qualifier.Combine(Qualifier.AtLeast);
            j += 2;
        }
        else if (StartsWith(text, j, "左右"))
        {
            qualifier = qualifier.Combine(Qualifier.About);
            j += 2;
        }

        var mentionStart = start;
        foreach (var (word, prefixQualifier) in Prefixes)
        {
            var at = start - word.Length;
            if (at >= clauseStart && StartsWith(text, at, word) && !(word == "近" && at > 0 && text[at - 1] is '最' or '附' or '就' or '临' or '邻' or '将' or '接'))
            {
                qualifier = qualifier.Combine(prefixQualifier);
                mentionStart = at;
                break;
            }
        }

        if (roundOnly && qualifier == Qualifier.Exact)
        {
            return false; // 千家万户, 百姓: a bare round word is a figure only when hedged (百余名, 近千人)
        }

        if (InsideShortQuotation(text, mentionStart, j))
        {
            return false; // “四个聚焦”, “十个一”
        }

        var unitWord = unit == "％" ? "%" : unit;
        var quantity = new Quantity(number, new Unit(unitWord), qualifier);
        var clauseFrom = Math.Max(clauseStart, mentionStart - MaxClauseLength);
        var clause = text.AsSpan(clauseFrom, mentionStart - clauseFrom);
        var measure = FindMeasure(clause, quantity.Unit) ?? FindMeasureAfter(clause, text.AsSpan(j, Math.Min(NounWindow, text.Length - j)), quantity.Unit);
        mention = new FigureMention(quantity, measure, text[mentionStart..j], mentionStart, j - mentionStart);
        return true;
    }

    // The counted noun can follow the measure word: 收集26条建议, 接待了15名选民.
    private static Measure? FindMeasureAfter(ReadOnlySpan<char> clause, ReadOnlySpan<char> after, Unit unit)
    {
        foreach (var (noun, verb, measure) in NounCues)
        {
            if (UnitsFit(measure.Unit, unit) && after.StartsWith(noun, StringComparison.Ordinal) && clause.Contains(verb, StringComparison.Ordinal))
            {
                return measure;
            }
        }

        return null;
    }

    private Measure? FindMeasure(ReadOnlySpan<char> clause, Unit unit)
    {
        foreach (var cue in _cues)
        {
            if (UnitsFit(cue.Measure.Unit, unit) && cue.Matches(clause))
            {
                return cue.Measure;
            }
        }

        return null;
    }

    // Units of one kind can stand for each other: a problem is counted in 个, 件 or 条; people in 人次, 人 or 名.
    private static bool UnitsFit(Unit measureUnit, Unit unit) => UnitKind(measureUnit.Word) is var kind && kind != 0 && kind == UnitKind(unit.Word);

    private static int UnitKind(string word) => word switch
    {
        "人次" or "人" or "名" or "位" => 1,
        "个" or "条" or "件" or "项" => 2,
        "次" or "场" or "场次" => 3,
        "元" => 4,
        _ => 0,
    };

    private static bool TryReadArabicRun(ReadOnlySpan<char> run, out decimal number)
    {
        number = 0;
        var integerDigits = 0;
        var scale = 0m;
        foreach (var c in run)
        {
            var d = ChineseNumerals.ArabicDigit(c);
            if (d < 0)
            {
                if (c is '.' or '．')
                {
                    scale = 1m;
                }

                continue; // thousands separator
            }

            if (scale == 0m)
            {
                if (++integerDigits > 13)
                {
                    return false; // phone numbers, identity numbers, codes
                }

                number = (number * 10) + d;
            }
            else
            {
                if (scale < 0.000_000_000_1m)
                {
                    return false;
                }

                scale /= 10;
                number += d * scale;
            }
        }

        return true;
    }

    // 0312 (an area code), 13912345678 (a mobile number): a leading zero before another digit, or eleven digits from 1.
    private static bool LooksLikeCode(ReadOnlySpan<char> run) =>
        (run.Length > 1 && ChineseNumerals.ArabicDigit(run[0]) == 0 && ChineseNumerals.ArabicDigit(run[1]) >= 0)
        || (run.Length == 11 && ChineseNumerals.ArabicDigit(run[0]) == 1 && !run.ContainsAny(".．,"));

    private static bool IsAllUnits(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (c is not ('十' or '百' or '千' or '万' or '亿'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCodeNeighbour(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '+' or '＋' or '-' or '－' or '_' or '/' or ':' or '.' or '#' or '@' or '~' or '～' or '—' or '–';

    private static string? MatchUnit(string text, int at)
    {
        foreach (var word in UnitWords)
        {
            if (StartsWith(text, at, word))
            {
                return word;
            }
        }

        return null;
    }

    private static bool StartsWith(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    private static bool StartsWithAny(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWith(text, at, word))
            {
                return true;
            }
        }

        return false;
    }

    // A numeral inside a short quotation is a slogan or a name (“四个聚焦”, “十个一”), not a count.
    private static bool InsideShortQuotation(string text, int start, int end)
    {
        var opened = false;
        for (var k = start - 1; k >= 0 && k >= start - QuoteWindow; k--)
        {
            if (text[k] is '“' or '「' or '『' or '《')
            {
                opened = true;
                break;
            }

            if (text[k] is '”' or '」' or '』' or '》' || IsClauseBoundary(text[k]))
            {
                return false;
            }
        }

        if (!opened)
        {
            return false;
        }

        for (var k = end; k < text.Length && k < end + QuoteWindow; k++)
        {
            if (text[k] is '”' or '」' or '』' or '》')
            {
                return true;
            }

            if (text[k] is '“' or '「' or '『' or '《')
            {
                return false;
            }
        }

        return false;
    }
}
