using Congress.Domain.Figures;
using Congress.Domain.Reporting.Reading;
using Congress.Domain.Reporting.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Congress.Domain.Reporting.Tests.Writing;

public sealed class ReportWriterTests
{
    private static readonly FigureGroup Qingyuan = new(
        "清苑区",
        [
            new ReportFigure(Measures.DeputiesVisited, Quantity.MoreThan(260, Unit.PersonVisits)),
            new ReportFigure(Measures.ProblemsSolved, Quantity.Exact(21, Unit.Things)),
        ],
        ReportAsOf.EndOf(new YearMonth(2024, 9)));

    [Fact]
    public void Writes_the_paragraph_a_district_writes() =>
        Assert.Equal("截至9月底，共走访代表260余人次，协调解决问题21个。", ReportWriter.Default.WriteParagraph(Qingyuan));

    [Fact]
    public void Writes_money_with_yi_and_wan_and_the_more_than_marker_asked_for()
    {
        var group = new FigureGroup(
            "招商引资",
            [
                new ReportFigure(Measures.InvestmentAmount, Quantity.Exact(759_000_000m, Unit.Yuan)),
                new ReportFigure(Measures.Suggestions, Quantity.MoreThan(70, Unit.Items)),
            ]);
        var writer = new ReportWriter(ReportStyle.Default with { MoreThan = MoreThanMarker.Duo, Lead = string.Empty });

        Assert.Equal("总投资7.59亿元，提出意见建议70多条。", writer.WriteParagraph(group));
    }

    [Fact]
    public void Writes_xushui_rural_figures_as_the_seed_writes_them()
    {
        var rural = new FigureGroup(
            "乡村振兴",
            [
                new ReportFigure(Measures.StationActivities, Quantity.MoreThan(60, Unit.Times)),
                new ReportFigure(Measures.Suggestions, Quantity.MoreThan(70, Unit.Items), MoreThanMarker.Duo),
            ]);

        var paragraph = ReportWriter.Default.WriteParagraph(rural);

        Assert.Equal("共组织开展活动60余次，提出意见建议70多条。", paragraph);
    }

    [Fact]
    public void Writes_the_seed_money_figures()
    {
        var group = new FigureGroup(
            "徐水区",
            [
                new ReportFigure(Measures.InvestmentAmount, Quantity.Exact(759_000_000m, Unit.Yuan)),
                new ReportFigure(Measures.FundsInvested, Quantity.MoreThan(100_000m, Unit.Yuan)),
            ]);

        Assert.Equal("共总投资7.59亿元，投入资金10万余元。", ReportWriter.Default.WriteParagraph(group));
    }

    [Fact]
    public void Writes_small_counts_in_chinese_numerals_when_the_style_asks()
    {
        var group = new FigureGroup(
            "满城区",
            [
                new ReportFigure(Measures.SitesInspected, Quantity.Exact(12, Unit.Things)),
                new ReportFigure(Measures.InvestmentProjects, Quantity.Exact(2, Unit.Things)),
                new ReportFigure(Measures.Suggestions, Quantity.Exact(120, Unit.Items)),
            ],
            ReportAsOf.On(new LocalDate(2024, 9, 30)));
        var writer = new ReportWriter(ReportStyle.Default with { ChineseNumeralsUpTo = 99, IncludeYear = true });

        Assert.Equal("截至2024年9月30日，共实地检查点位十二个，洽谈引进项目两个，提出意见建议120条。", writer.WriteParagraph(group));
    }

    [Fact]
    public void Writes_headed_sections_per_theme_or_district()
    {
        var text = ReportWriter.Default.WriteSections([Qingyuan, new FigureGroup("徐水区", [new ReportFigure(Measures.Forums, Quantity.Exact(4, Unit.Times))])]);

        Assert.Equal("一、清苑区\n截至9月底，共走访代表260余人次，协调解决问题21个。\n\n二、徐水区\n共召开座谈会4次。\n\n", text);
    }

    [Fact]
    public void Writes_a_markdown_table()
    {
        var table = ReportWriter.Default.WriteTable([Qingyuan], TableFormat.Markdown);

        Assert.Equal(
            "| 分组 | 统计口径 | 数字 | 数值 | 单位 | 限定 |\n|---|---|---|---:|---|---|\n| 清苑区 | 走访代表 | 260余人次 | 260 | 人次 | 余（多于） |\n| 清苑区 | 协调解决问题 | 21个 | 21 | 个 | 确数 |\n",
            table);
    }

    [Fact]
    public void Writes_a_text_table_aligned_for_wide_characters()
    {
        var lines = ReportWriter.Default.WriteTable([Qingyuan], TableFormat.Text).TrimEnd('\n').Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("分组    统计口径", lines[0]);
        Assert.Contains("260余人次", lines[1]);
    }

    [Fact]
    public void Writes_a_json_table()
    {
        var json = ReportWriter.Default.WriteTable([Qingyuan], TableFormat.Json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var first = doc.RootElement[0];

        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Equal("清苑区", first.GetProperty("group").GetString());
        Assert.Equal("deputies-visited", first.GetProperty("measure").GetString());
        Assert.Equal(260m, first.GetProperty("value").GetDecimal());
        Assert.Equal("moreThan", first.GetProperty("qualifier").GetString());
        Assert.Equal("260余人次", first.GetProperty("text").GetString());
    }

    [Fact]
    public void An_empty_group_is_refused_with_the_parameter_name() =>
        Assert.Equal("figures", Assert.Throws<ArgumentException>(() => new FigureGroup("清苑区", [])).ParamName);

    /// <summary>Groups of built-in measures with quantities in their units, any qualifier, and any style.</summary>
    public static class WrittenGroups
    {
        public static Arbitrary<(FigureGroup Group, ReportStyle Style)> Groups() =>
            ArbMap.Default.ArbFor<(NonEmptyArray<(byte Measure, uint Whole, byte Cents, byte Qualifier, byte Shift)> Figures, byte Style, byte AsOf)>().Convert(
                t =>
                {
                    var figures = t.Figures.Get.Select(f =>
                    {
                        var measure = Measures.BuiltIn[f.Measure % Measures.BuiltIn.Count];
                        var whole = (decimal)(f.Whole % 1_000_000_000);
                        var value = measure.Unit.IsMoney
                            ? (whole * (decimal)Math.Pow(10, f.Shift % 5)) + (f.Cents % 3 == 0 ? f.Cents % 100 / 100m : 0m)
                            : whole + (f.Cents % 4 == 0 ? f.Cents % 100 / 100m : 0m);
                        var marker = (f.Shift & 8) != 0 ? MoreThanMarker.Duo : (MoreThanMarker?)null;
                        return new ReportFigure(measure, new Quantity(value, measure.Unit, (Qualifier)(f.Qualifier % 5)), marker);
                    });
                    ReportAsOf? asOf = (t.AsOf % 3) switch
                    {
                        0 => null,
                        1 => ReportAsOf.EndOf(new YearMonth(2020 + (t.AsOf % 7), 1 + (t.AsOf % 12))),
                        _ => ReportAsOf.On(new LocalDate(2020 + (t.AsOf % 7), 1 + (t.AsOf % 12), 1 + (t.AsOf % 28))),
                    };
                    var style = ReportStyle.Default with
                    {
                        MoreThan = (MoreThanMarker)(t.Style & 1),
                        ChineseNumeralsUpTo = (t.Style & 2) != 0 ? 9999 : 0,
                        RoundWords = (t.Style & 4) != 0,
                        IncludeYear = (t.Style & 8) != 0,
                    };
                    return (Group: new FigureGroup("主题", figures, asOf), Style: style);
                },
                g => (NonEmptyArray<(byte, uint, byte, byte, byte)>.NewNonEmptyArray(
                        g.Group.Figures.Select(f => ((byte)Measures.BuiltIn.ToList().IndexOf(f.Measure), (uint)decimal.Truncate(Math.Min(f.Quantity.Value, uint.MaxValue)), (byte)0, (byte)f.Quantity.Qualifier, (byte)0)).ToArray()),
                    (byte)0,
                    (byte)0));
    }

    [Property(Arbitrary = [typeof(WrittenGroups)], MaxTest = 1000)]
    public void Writer_then_reader_is_the_identity((FigureGroup Group, ReportStyle Style) input)
    {
        var paragraph = new ReportWriter(input.Style).WriteParagraph(input.Group);

        var read = FigureReader.Default.Read(paragraph);

        Assert.Equal(
            input.Group.Figures.Select(f => (f.Measure.Code, f.Quantity)),
            read.Select(m => (m.Measure?.Code ?? "(none)", m.Quantity)));
    }
}
