using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Congress.Domain.Interchange;

/// <summary>The System.Text.Json settings of the interchange format (交换格式的序列化设置).</summary>
/// <remarks>
/// camelCase names, enums as camelCase strings (never numbers), <see cref="LocalDate"/> as ISO <c>yyyy-MM-dd</c>,
/// unknown properties refused, nesting deeper than <see cref="MaxDepth"/> refused, nulls not written, indented output.
/// The options are frozen and thread-safe.
/// </remarks>
public static class DatasetJson
{
    /// <summary>The deepest nesting a dataset may have; the format itself needs 6.</summary>
    public const int MaxDepth = 64;

    /// <summary>The serializer options of the format.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = MaxDepth,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
