using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using Congress.Domain.Figures;
using Congress.Domain.Reporting.Numerals;
using Congress.Domain.Reporting.Reading;

namespace Congress.Domain.Reporting.Writing;

/// <summary>
/// Writes rolled-up figures the way a district writes its report (报告撰写): the paragraph
/// "截至9月底，共走访代表260余人次，协调解决问题21个。", headed sections per theme or district, and a plain table
/// (text, Markdown, JSON).
/// </summary>
/// <remarks>
/// Figures are written with <see cref="ChineseFigures.Format"/> (余/多, 万/亿, never rounded) or, for small whole counts
/// when the <see cref="ReportStyle"/> asks, in Chinese numerals (十二个). What it writes, <see cref="FigureReader"/> reads
/// back to the same measures and quantities. Immutable and thread-safe.
/// </remarks>
public sealed class ReportWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="style">The style.</param>
    public ReportWriter(ReportStyle style)
    {
        Guard.Against.Null(style);
        Style = style;
    }

    /// <summary>The writer in <see cref="ReportStyle.Default"/>.</summary>
    public static ReportWriter Default { get; } = new(ReportStyle.Default);

    /// <summary>The style.</summary>
    public ReportStyle Style { get; }

    /// <summary>Writes one figure: 260余人次, 7.59亿元, or 十二个 when the style wants Chinese numerals.</summary>
    /// <param name="quantity">The figure.</param>
    /// <param name="marker">余 or 多 for this figure; null takes the style's.</param>
    /// <returns>The figure as written.</returns>
    public string FormatFigure(Quantity quantity, MoreThanMarker? marker = null)
    {
        var moreThan = marker ?? Style.MoreThan;
        var value = quantity.Value;
        var chinese = Style.ChineseNumeralsUpTo >= 2
            && quantity.Qualifier is Qualifier.Exact or Qualifier.MoreThan
            && !quantity.Unit.IsMoney
            && quantity.Unit.Word != "%"
            && quantity.Unit.Word.Length > 0
            && value >= 2
            && value <= Style.ChineseNumeralsUpTo
            && value == decimal.Truncate(value);
        if (!chinese)
        {
            return ChineseFigures.Format(quantity, moreThan, Style.RoundWords);
        }

        var numeral = ChineseNumerals.Format((long)value, NumeralStyle.Counting);
        var word = quantity.Qualifier == Qualifier.MoreThan ? (moreThan == MoreThanMarker.Duo ? "多" : "余") : string.Empty;
        return numeral + word + quantity.Unit.Word;
    }

    /// <summary>Writes a group's paragraph: 截至9月底，共走访代表260余人次，协调解决问题21个。</summary>
    /// <param name="group">The figures of a theme or district.</param>
    /// <returns>The paragraph, ending in 。.</returns>
    public string WriteParagraph(FigureGroup group)
    {
        Guard.Against.Null(group);
        var text = new StringBuilder();
        if (group.AsOf is { } asOf)
        {
            text.Append("截至").Append(asOf.ToChinese(Style.IncludeYear)).Append('，');
        }

        for (var i = 0; i < group.Figures.Count; i++)
        {
            var figure = group.Figures[i];
            if (i == 0)
            {
                text.Append(Style.Lead);
            }
            else
            {
                text.Append('，');
            }

            text.Append(figure.Measure.NameZh).Append(FormatFigure(figure.Quantity, figure.Marker));
        }

        return text.Append('。').ToString();
    }

    /// <summary>
    /// Writes headed sections, one per theme or district: 一、招商引资 then its paragraph, 二、…, each followed by a
    /// blank line.
    /// </summary>
    /// <param name="groups">The groups, in order.</param>
    /// <returns>The sections.</returns>
    public string WriteSections(IEnumerable<FigureGroup> groups)
    {
        Guard.Against.Null(groups);
        var text = new StringBuilder();
        var n = 0;
        foreach (var group in groups)
        {
            Guard.Against.Null(group, nameof(groups));
            n++;
            text.Append(ChineseNumerals.Format(n)).Append('、').Append(group.Label).Append('\n');
            text.Append(WriteParagraph(group)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes a plain table with one row per figure: group (分组), measure (统计口径), figure as written (数字), value in base
    /// units (数值), unit (单位) and qualifier (限定). JSON rows carry <c>group</c>, <c>measure</c> (code),
    /// <c>measureZh</c>, <c>text</c>, <c>value</c>, <c>unit</c> and <c>qualifier</c>.
    /// </summary>
    /// <param name="groups">The groups.</param>
    /// <param name="format">Text, Markdown or JSON.</param>
    /// <returns>The table.</returns>
    public string WriteTable(IEnumerable<FigureGroup> groups, TableFormat format)
    {
        Guard.Against.Null(groups);
        Guard.Against.EnumOutOfRange(format);
        var rows = new List<string[]>();
        var figures = new List<(string Group, ReportFigure Figure)>();
        foreach (var group in groups)
        {
            Guard.Against.Null(group, nameof(groups));
            foreach (var figure in group.Figures)
            {
                figures.Add((group.Label, figure));
                rows.Add(
                [
                    group.Label,
                    figure.Measure.NameZh,
                    FormatFigure(figure.Quantity, figure.Marker),
                    ChineseFigures.FormatDecimal(figure.Quantity.Value),
                    figure.Quantity.Unit.Word,
                    QualifierZh(figure.Quantity.Qualifier),
                ]);
            }
        }

        string[] header = ["分组", "统计口径", "数字", "数值", "单位", "限定"];
        return format switch
        {
            TableFormat.Markdown => MarkdownTable(header, rows),
            TableFormat.Json => JsonTable(figures),
            _ => TextTable(header, rows),
        };
    }

    private static string QualifierZh(Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => "余（多于）",
        Qualifier.AtLeast => "以上（不少于）",
        Qualifier.About => "约",
        Qualifier.Nearly => "近（略少于）",
        _ => "确数",
    };

    private static string MarkdownTable(string[] header, List<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        text.Append('|').AppendJoin('|', header.Select((_, i) => i == 3 ? "---:" : "---")).Append("|\n");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string TextTable(string[] header, List<string[]> rows)
    {
        var widths = header.Select(DisplayWidth).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth(row[i]));
            }
        }

        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length; i++)
            {
                var pad = new string(' ', widths[i] - DisplayWidth(row[i]));
                text.Append(i == 3 ? pad + row[i] : row[i] + (i == row.Length - 1 ? string.Empty : pad));
                if (i < row.Length - 1)
                {
                    text.Append("  ");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // A terminal shows CJK and full-width characters two columns wide.
    private static int DisplayWidth(string s)
    {
        var width = 0;
        foreach (var c in s)
        {
            width += c is >= '\u1100' and (<= '\u115F' or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')) ? 2 : 1;
        }

        return width;
    }

    private string JsonTable(List<(string Group, ReportFigure Figure)> figures)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FigureJson.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var (group, figure) in figures)
            {
                json.WriteStartObject();
                json.WriteString("group", group);
                json.WriteString("measure", figure.Measure.Code);
                json.WriteString("measureZh", figure.Measure.NameZh);
                json.WriteString("text", FormatFigure(figure.Quantity, figure.Marker));
                json.WriteNumber("value", figure.Quantity.Value);
                json.WriteString("unit", figure.Quantity.Unit.Word);
                json.WriteString("qualifier", FigureJson.QualifierCode(figure.Quantity.Qualifier));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
