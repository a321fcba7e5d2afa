using Congress.Domain.Figures;
using Congress.Domain.Reporting.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Congress.Domain.Reporting.Tests.Reading;

public sealed class FigureReaderTests
{
    private static IReadOnlyList<FigureMention> Read(string text) => FigureReader.Default.Read(text);

    private static FigureMention Single(string text) => Assert.Single(Read(text));

    // DOMAIN.md's table: every figure of the seed, as written, with its qualifier and measure.
    public static TheoryData<string, decimal, string, Qualifier, string?> SeedTable => new()
    {
        { "260余人次", 260m, "人次", Qualifier.MoreThan, "deputies-visited" },
        { "21个", 21m, "个", Qualifier.Exact, "problems-solved" },
        { "5次", 5m, "次", Qualifier.Exact, "dispatch-meetings" },
        { "24次", 24m, "次", Qualifier.Exact, "research-inspections" },
        { "810余人次", 810m, "人次", Qualifier.MoreThan, "voters-received" },
        { "130余次", 130m, "次", Qualifier.MoreThan, "collective-activities" },
        { "90余条", 90m, "条", Qualifier.MoreThan, "suggestions" },
        { "4个", 4m, "个", Qualifier.Exact, "investment-projects" },
        { "7.59亿元", 759_000_000m, "元", Qualifier.Exact, "investment-amount" },
        { "19条", 19m, "条", Qualifier.Exact, "investment-leads" },
        { "22条", 22m, "条", Qualifier.Exact, "suggestions" },
        { "900余人次", 900m, "人次", Qualifier.MoreThan, "residents-visited" },
        { "26条", 26m, "条", Qualifier.Exact, "suggestions" },
        { "60余次", 60m, "次", Qualifier.MoreThan, "station-activities" },
        { "70多条", 70m, "条", Qualifier.MoreThan, "suggestions" },
        { "50余条", 50m, "条", Qualifier.MoreThan, "suggestions" },
        { "4次", 4m, "次", Qualifier.Exact, "forums" },
        { "4次", 4m, "次", Qualifier.Exact, "reports-heard" },
        { "9个", 9m, "个", Qualifier.Exact, "sites-inspected" },
        { "19条", 19m, "条", Qualifier.Exact, "problems-found" },
        { "19条", 19m, "条", Qualifier.Exact, "suggestions" },
        { "10万余元", 100_000m, "元", Qualifier.MoreThan, "funds-invested" },
        { "16个", 16m, "个", Qualifier.Exact, null },
        { "20个", 20m, "个", Qualifier.Exact, null },
        { "5个", 5m, "个", Qualifier.Exact, null },
        { "21个", 21m, "个", Qualifier.Exact, null },
        { "1名", 1m, "名", Qualifier.Exact, null },
        { "209名", 209m, "名", Qualifier.Exact, null },
        { "802名", 802m, "名", Qualifier.Exact, null },
    };

    [Theory]
    [MemberData(nameof(SeedTable))]
    public void Reads_every_figure_of_the_seed_table(string text, decimal value, string unit, Qualifier qualifier, string? measure)
    {
        var seed = Corpus.Seed;
        var expected = new Quantity(value, new Unit(unit), qualifier);

        var found = Read(seed).Where(m => m.Text == text && m.Quantity == expected && m.Measure?.Code == measure).ToList();

        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(text, seed.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Seed_measures_are_assigned_where_the_table_says_and_nowhere_else()
    {
        var withMeasure = Read(Corpus.Seed).Where(m => m.Measure is not null).Select(m => $"{m.Text}:{m.Measure!.Code}").ToList();

        Assert.Equal(
            [
                "10万余元:funds-invested", "260余人次:deputies-visited", "21个:problems-solved", "5次:dispatch-meetings",
                "24次:research-inspections", "810余人次:voters-received", "130余次:collective-activities", "90余条:suggestions",
                "4个:investment-projects", "7.59亿元:investment-amount", "19条:investment-leads", "22条:suggestions",
                "900余人次:residents-visited", "26条:suggestions", "60余次:station-activities", "70多条:suggestions",
                "50余条:suggestions", "4次:forums", "4次:reports-heard", "9个:sites-inspected", "19条:problems-found",
                "19条:suggestions",
            ],
            withMeasure);
    }

    [Theory]
    [InlineData("4月10日")]
    [InlineData("4月16日")]
    [InlineData("9月底")]
    [InlineData("2010年9月")]
    [InlineData("2022年")]
    [InlineData("1+4+4")]
    [InlineData("1+1+4")]
    [InlineData("四个聚焦")]
    [InlineData("4+2+2")]
    [InlineData("3+1")]
    [InlineData("双优")]
    [InlineData("三农")]
    [InlineData("第一时间")]
    [InlineData("一是")]
    [InlineData("四级人大代表")]
    public void No_seed_date_slogan_or_ordinal_is_read_as_a_figure(string notAFigure)
    {
        var seed = Corpus.Seed;
        var mentions = Read(seed);
        var occurrences = 0;
        for (var at = seed.IndexOf(notAFigure, StringComparison.Ordinal); at >= 0; at = seed.IndexOf(notAFigure, at + 1, StringComparison.Ordinal))
        {
            occurrences++;
            var end = at + notAFigure.Length;
            Assert.DoesNotContain(mentions, m => m.Start < end && at < m.Start + m.Length);
        }

        Assert.True(occurrences > 0, $"'{notAFigure}' is in the seed");
    }

    [Theory]
    [InlineData("共走访代表260余人次", 260, "人次", Qualifier.MoreThan)]
    [InlineData("投入资金20余万元", 200_000, "元", Qualifier.MoreThan)]
    [InlineData("投入资金20多万元", 200_000, "元", Qualifier.MoreThan)]
    [InlineData("总投资达7.59亿元", 759_000_000, "元", Qualifier.Exact)]
    [InlineData("到会100人以上", 100, "人", Qualifier.AtLeast)]
    [InlineData("到会约300人", 300, "人", Qualifier.About)]
    [InlineData("到会近千人", 1000, "人", Qualifier.Nearly)]
    [InlineData("帮助百余名返乡人员", 100, "名", Qualifier.MoreThan)]
    [InlineData("共有十二个乡镇", 12, "个", Qualifier.Exact)]
    [InlineData("有两个站", 2, "个", Qualifier.Exact)]
    [InlineData("共１２０人", 120, "人", Qualifier.Exact)]
    [InlineData("覆盖95.5%", 95.5, "%", Qualifier.Exact)]
    [InlineData("覆盖95％", 95, "%", Qualifier.Exact)]
    [InlineData("接待1,200人次", 1200, "人次", Qualifier.Exact)]
    [InlineData("接待1.2万人次", 12000, "人次", Qualifier.Exact)]
    [InlineData("接待二十多人", 20, "人", Qualifier.MoreThan)]
    [InlineData("接待二十余万人次", 200_000, "人次", Qualifier.MoreThan)]
    [InlineData("走访不少于5人", 5, "人", Qualifier.AtLeast)]
    [InlineData("到会300人左右", 300, "人", Qualifier.About)]
    [InlineData("超过3000户", 3000, "户", Qualifier.MoreThan)]
    [InlineData("整治17.9公里", 17.9, "公里", Qualifier.Exact)]
    public void Reads_values_units_and_qualifiers(string text, double value, string unit, Qualifier qualifier)
    {
        var mention = Single(text);

        Assert.Equal(new Quantity((decimal)value, new Unit(unit), qualifier), mention.Quantity);
        Assert.Equal(text.Substring(mention.Start, mention.Length), mention.Text);
    }

    [Fact]
    public void Zui_jin_is_not_nearly() =>
        Assert.Equal(Qualifier.Exact, Single("最近3次").Quantity.Qualifier);

    [Fact]
    public void The_mention_text_includes_the_qualifier_words()
    {
        Assert.Equal("约300人", Single("到会约300人").Text);
        Assert.Equal("100人以上", Single("到会100人以上").Text);
        Assert.Equal("不少于5人", Single("走访不少于5人").Text);
    }

    [Theory]
    [InlineData("2024年4月10日召开会议")]
    [InlineData("截至9月底")]
    [InlineData("2010年9月建成")]
    [InlineData("第一，第3个月，一是，二是")]
    [InlineData("“四个聚焦”")]
    [InlineData("四个聚焦的具体意见")]
    [InlineData("建立“1+4+4”工作机制")]
    [InlineData("“十个一”")]
    [InlineData("十个一工程")]
    [InlineData("“五有”标准")]
    [InlineData("为“三农”代言")]
    [InlineData("“3+1”联动监督")]
    [InlineData("联系电话:0312-7654321")]
    [InlineData("手机13912345678人")]
    [InlineData("鲁ICP备12015359号")]
    [InlineData("北大街488号")]
    [InlineData("上午9:30开会，15:47发布")]
    [InlineData("整改期限3个月")]
    [InlineData("区十八届人大二次会议")]
    [InlineData("千家万户，百姓，数百人，上千人")]
    [InlineData("只是其中的一个缩影")]
    [InlineData("十四五规划")]
    [InlineData("正月初十一大早，正月十二前")]
    [InlineData("5G网络")]
    public void What_is_not_a_figure_stays_out(string text) =>
        Assert.Empty(Read(text));

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "截至9月底，共走访代表260余人次，协调解决问题21个。";

        var mentions = Read(text);

        Assert.Equal([(11, 6), (24, 3)], mentions.Select(m => (m.Start, m.Length)));
        Assert.Equal(["260余人次", "21个"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Custom_cues_tie_figures_to_host_measures()
    {
        var motions = new Measure("motions", "提出议案", "motions", Unit.Cases);
        var reader = new FigureReader([new MeasureCue(motions, "议案")]);

        var mention = Assert.Single(reader.Read("代表提出议案12件"));

        Assert.Same(motions, mention.Measure);
    }

    [Fact]
    public void Null_text_is_refused_with_the_parameter_name() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Read(null!)).ParamName);

    [Property(MaxTest = 1000)]
    public bool Never_throws_on_arbitrary_strings(string text)
    {
        var mentions = Read(text ?? string.Empty);
        return mentions.All(m => m.Start >= 0 && m.Length > 0 && m.Start + m.Length <= (text ?? string.Empty).Length);
    }

    public static class ReportSoup
    {
        private const string Alphabet = "0123456789０１.．,，。、;：:+-/“”《》第初约近余多以上左右不少于超过年月日号个人次条件元万亿千百十两一二三四五六七八九〇零%％走访代表接待选民意见建议问题解决 ab";

        public static Arbitrary<string> Texts() =>
            ArbMap.Default.ArbFor<byte[]>().Convert(
                bytes => new string((bytes ?? []).Select(b => Alphabet[b % Alphabet.Length]).ToArray()),
                s => s.Select(c => (byte)Alphabet.IndexOf(c)).ToArray());
    }

    [Property(Arbitrary = [typeof(ReportSoup)], MaxTest = 2000)]
    public bool Never_throws_on_report_like_soup_and_spans_match_the_text(string text) =>
        Read(text).All(m => text.Substring(m.Start, m.Length) == m.Text && m.Quantity.Value >= 0);

    [Fact]
    public void Takes_linear_time_on_adversarial_input()
    {
        // Long runs of digits, numerals, qualifiers and quotes: each would be quadratic for a backtracking matcher.
        var inputs = new[]
        {
            new string('1', 200_000),
            new string('十', 200_000),
            string.Concat(Enumerable.Repeat("“1余", 50_000)),
            string.Concat(Enumerable.Repeat("走访代表", 50_000)) + "5人次",
            string.Concat(Enumerable.Repeat("近约", 50_000)) + "5人",
        };

        foreach (var input in inputs)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            _ = Read(input);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed} on an input of {input.Length} characters");
        }
    }
}
