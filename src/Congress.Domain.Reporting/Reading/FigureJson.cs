using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using Congress.Domain.Figures;

namespace Congress.Domain.Reporting.Reading;

/// <summary>
/// The JSON form of figures found in text (<c>congress extract --format json</c>): an array of objects with
/// <c>value</c> (a number in base units), <c>unit</c>, <c>qualifier</c> (exact|moreThan|atLeast|about|nearly),
/// <c>measure</c> (a code or null), <c>text</c>, <c>start</c> and <c>length</c>.
/// </summary>
/// <remarks>Stateless and thread-safe. Chinese characters are written as they are, not escaped.</remarks>
public static class FigureJson
{
    /// <summary>The options every JSON writer of this package uses: indented, Chinese unescaped.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON code of a qualifier: exact, moreThan, atLeast, about, nearly.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The code.</returns>
    public static string QualifierCode(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.MoreThan => "moreThan",
        Qualifier.AtLeast => "atLeast",
        Qualifier.About => "about",
        Qualifier.Nearly => "nearly",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };

    /// <summary>Writes figures as a JSON array; no figures give <c>[]</c>.</summary>
    /// <param name="mentions">The figures.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IEnumerable<FigureMention> mentions)
    {
        Guard.Against.Null(mentions);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var m in mentions)
            {
                json.WriteStartObject();
                json.WriteNumber("value", m.Quantity.Value);
                json.WriteString("unit", m.Quantity.Unit.Word);
                json.WriteString("qualifier", QualifierCode(m.Quantity.Qualifier));
                if (m.Measure is null)
                {
                    json.WriteNull("measure");
                }
                else
                {
                    json.WriteString("measure", m.Measure.Code);
                }

                json.WriteString("text", m.Text);
                json.WriteNumber("start", m.Start);
                json.WriteNumber("length", m.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
