using System.Reflection;
using System.Text.Json;

namespace Congress.Domain.Interchange.Tests;

/// <summary>The schema shipped in the package is the one in docs/, and it describes exactly the DTOs' properties.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(DatasetSchema.Text()).RootElement;

    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }

    [Fact]
    public void The_embedded_schema_and_the_docs_copy_are_identical()
    {
        Assert.Equal(File.ReadAllText(RepositoryFile("docs/schema/congress-dataset.schema.json")), DatasetSchema.Text());
    }

    [Fact]
    public void The_schema_is_draft_2020_12_with_the_documented_id()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal(DatasetSchema.Id, Schema.GetProperty("$id").GetString());
        Assert.Equal(DatasetDto.CurrentFormatVersion, Schema.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetString());
    }

    public static TheoryData<string, Type> Definitions() => new()
    {
        { "#", typeof(DatasetDto) }, { "provenance", typeof(ProvenanceDto) }, { "source", typeof(SourceDto) },
        { "division", typeof(DivisionDto) }, { "congress", typeof(CongressDto) }, { "term", typeof(TermDto) },
        { "congressRef", typeof(CongressRefDto) }, { "deputy", typeof(DeputyDto) }, { "mandate", typeof(MandateDto) },
        { "station", typeof(StationDto) }, { "lifecycleEvent", typeof(LifecycleEventDto) }, { "profile", typeof(ProfileDto) },
        { "criterion", typeof(CriterionDto) }, { "adoption", typeof(AdoptionDto) }, { "evidence", typeof(EvidenceDto) },
        { "assignment", typeof(AssignmentDto) }, { "campaign", typeof(CampaignDto) }, { "period", typeof(PeriodDto) },
        { "focusArea", typeof(FocusAreaDto) }, { "activity", typeof(ActivityDto) }, { "measureValue", typeof(MeasureValueDto) },
        { "suggestion", typeof(SuggestionDto) }, { "suggestionState", typeof(SuggestionStateDto) },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Each_definition_has_exactly_the_properties_and_required_properties_of_its_DTO(string definition, Type dto)
    {
        var schema = definition == "#" ? Schema : Schema.GetProperty("$defs").GetProperty(definition);
        var properties = dto.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
        static string Json(PropertyInfo p) => JsonNamingPolicy.CamelCase.ConvertName(p.Name);

        Assert.Equal(properties.Select(Json).Order(StringComparer.Ordinal), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            properties.Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonRequiredAttribute>() is not null).Select(Json).Order(StringComparer.Ordinal),
            schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schemas_enumerations_are_the_DTO_enumerations_in_camelCase()
    {
        string[] Names<T>() where T : struct, Enum => System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
        string[] Enumerated(params string[] path)
        {
            var e = Schema.GetProperty("$defs");
            foreach (var p in path)
            {
                e = e.GetProperty(p);
            }

            return e.GetProperty("enum").EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray();
        }

        Assert.Equal(Names<DivisionKindDto>(), Enumerated("division", "properties", "kind"));
        Assert.Equal(Names<StationKindDto>(), Enumerated("station", "properties", "kind"));
        Assert.Equal(Names<StationSponsorDto>(), Enumerated("station", "properties", "sponsor"));
        Assert.Equal(Names<StationStateDto>(), Enumerated("lifecycleEvent", "properties", "state"));
        Assert.Equal(Names<ActivityKindDto>(), Enumerated("activity", "properties", "kind"));
        Assert.Equal(Names<SuggestionStateKindDto>(), Enumerated("suggestionState", "properties", "state"));
        Assert.Equal(Names<MandateEndReasonDto>(), Enumerated("mandate", "properties", "endReason"));
        Assert.Equal(Names<Congress.Domain.Congresses.CongressLevel>(), Enumerated("congressLevel"));
        Assert.Equal(Names<Congress.Domain.Figures.Qualifier>(), Enumerated("measureValue", "properties", "qualifier"));
        Assert.Equal(Congress.Domain.Figures.Measures.BuiltIn.Select(m => m.Code), Enumerated("measureValue", "properties", "measure"));
    }

    [Fact]
    public void The_Baoding_dataset_uses_only_properties_the_schema_declares()
    {
        // Every object in baoding.json, walked alongside the schema: no property outside its definition.
        using var stream = BaodingDataset.Open();
        var root = JsonDocument.Parse(stream).RootElement;
        var defs = Schema.GetProperty("$defs");
        void Check(JsonElement value, JsonElement schema, string path)
        {
            if (schema.TryGetProperty("$ref", out var r))
            {
                schema = defs.GetProperty(r.GetString()!["#/$defs/".Length..]);
            }

            if (schema.TryGetProperty("anyOf", out var any) && value.ValueKind != JsonValueKind.Null)
            {
                schema = any[0];
                Check(value, schema, path);
                return;
            }

            if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props))
            {
                foreach (var required in schema.GetProperty("required").EnumerateArray())
                {
                    Assert.True(value.TryGetProperty(required.GetString()!, out _), $"{path} lacks {required}");
                }

                foreach (var p in value.EnumerateObject())
                {
                    Assert.True(props.TryGetProperty(p.Name, out var sub), $"{path}.{p.Name} is not in the schema");
                    Check(p.Value, sub, $"{path}.{p.Name}");
                }
            }
            else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, items, $"{path}[{i++}]");
                }
            }
            else if (schema.TryGetProperty("enum", out var values))
            {
                Assert.Contains(values.EnumerateArray(), v => v.ToString() == value.ToString());
            }
        }

        Check(root, Schema, "$");
    }
}
