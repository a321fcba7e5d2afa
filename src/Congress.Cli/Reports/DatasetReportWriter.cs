using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Congress.Domain.Reporting.Numerals;
using Congress.Domain.Reporting.Writing;

namespace Congress.Cli.Reports;

/// <summary>Writes a <see cref="DatasetReport"/> in Chinese as text, Markdown or JSON.</summary>
internal static class DatasetReportWriter
{
    public static string Text(DatasetReport report, ReportWriter writer)
    {
        var text = new StringBuilder();
        text.Append(Title(report)).Append("\n\n");
        var n = 0;
        foreach (var district in report.Districts)
        {
            n++;
            text.Append(ChineseNumerals.Format(n)).Append('、').Append(district.Name).Append('\n');
            foreach (var (heading, body) in Paragraphs(district, writer))
            {
                text.Append(heading).Append(body).Append('\n');
            }

            text.Append('\n');
        }

        if (report.CityThemes.Count > 0)
        {
            text.Append(report.CityName).Append("分主题汇总\n");
            text.Append(writer.WriteTable(report.CityThemes, TableFormat.Text));
        }

        return text.ToString();
    }

    public static string Markdown(DatasetReport report, ReportWriter writer)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Title(report)).Append("\n\n");
        var n = 0;
        foreach (var district in report.Districts)
        {
            n++;
            text.Append("## ").Append(ChineseNumerals.Format(n)).Append('、').Append(district.Name).Append("\n\n");
            foreach (var (heading, body) in Paragraphs(district, writer))
            {
                text.Append("- ").Append(heading).Append(body).Append('\n');
            }

            text.Append('\n');
        }

        if (report.CityThemes.Count > 0)
        {
            text.Append("## ").Append(report.CityName).Append("分主题汇总\n\n");
            text.Append(writer.WriteTable(report.CityThemes, TableFormat.Markdown));
        }

        return text.ToString();
    }

    public static string Json(DatasetReport report, ReportWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", Title(report));
            json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("districts");
            foreach (var d in report.Districts)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("name", d.Name);
                json.WriteStartObject("deputies");
                json.WriteNumber("provincial", d.Deputies.Provincial);
                json.WriteNumber("municipal", d.Deputies.Municipal);
                json.WriteNumber("county", d.Deputies.County);
                json.WriteNumber("township", d.Deputies.Township);
                json.WriteEndObject();
                json.WriteStartObject("homesAndStations");
                json.WriteNumber("homes", d.Stations.Homes);
                json.WriteNumber("districtRunHomes", d.Stations.DistrictRunHomes);
                json.WriteNumber("townshipRunHomes", d.Stations.TownshipRunHomes);
                json.WriteNumber("industryHomes", d.Stations.IndustryHomes);
                json.WriteNumber("stations", d.Stations.Stations);
                json.WriteNumber("industryStations", d.Stations.IndustryStations);
                json.WriteNumber("underConstruction", d.Stations.UnderConstruction);
                json.WriteNumber("undated", d.Stations.Undated);
                json.WriteEndObject();
                json.WriteStartArray("paragraphs");
                foreach (var (heading, body) in Paragraphs(d, writer))
                {
                    json.WriteStringValue(heading + body);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("cityThemes");
            using (var table = JsonDocument.Parse(writer.WriteTable(report.CityThemes, TableFormat.Json)))
            {
                table.RootElement.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Title(DatasetReport report) =>
        $"{report.CityName}人大代表工作和代表家站建设情况报告（{report.AsOf.Year}年{report.AsOf.Month}月{report.AsOf.Day}日）";

    /// <summary>A district's paragraphs: deputies by level, homes and stations, campaign figures in total and by theme.</summary>
    private static IEnumerable<(string Heading, string Body)> Paragraphs(DistrictSection d, ReportWriter writer)
    {
        var deputies = d.Deputies;
        yield return ("（一）四级人大代表：", deputies.None
            ? "数据集未载明。"
            : string.Create(CultureInfo.InvariantCulture, $"现有省人大代表{deputies.Provincial}名，市人大代表{deputies.Municipal}名，{d.LevelWord}人大代表{deputies.County}名，乡镇人大代表{deputies.Township}名。"));

        var s = d.Stations;
        var homes = new StringBuilder();
        homes.Append(CultureInfo.InvariantCulture, $"建有代表之家{s.Homes}个");
        var parts = new List<string>();
        if (s.DistrictRunHomes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{d.LevelWord}级人大直接管理{s.DistrictRunHomes}个"));
        }

        if (s.TownshipRunHomes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"乡镇直接管理{s.TownshipRunHomes}个"));
        }

        if (s.IndustryHomes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"行业性代表之家{s.IndustryHomes}个"));
        }

        if (parts.Count > 0)
        {
            homes.Append("，其中").Append(string.Join("，", parts));
        }

        homes.Append(CultureInfo.InvariantCulture, $"；代表联络站{s.Stations}个");
        if (s.IndustryStations > 0)
        {
            homes.Append(CultureInfo.InvariantCulture, $"，其中行业性联络站{s.IndustryStations}个");
        }

        if (s.UnderConstruction > 0)
        {
            homes.Append(CultureInfo.InvariantCulture, $"；另有{s.UnderConstruction}个家站正在建设中");
        }

        if (s.Undated > 0)
        {
            homes.Append(CultureInfo.InvariantCulture, $"；另有{s.Undated}个家站数据集未载明建成日期，此日未计入");
        }

        yield return ("（二）代表家站：", homes.Append('。').ToString());

        if (d.Total is { } total)
        {
            yield return ("（三）履职和实践活动：", writer.WriteParagraph(total));
        }

        foreach (var theme in d.Themes)
        {
            yield return ("    " + theme.Label + "：", writer.WriteParagraph(theme));
        }
    }
}
