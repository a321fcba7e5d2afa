using System.Reflection;

namespace Congress.Domain.Interchange;

/// <summary>
/// The Baoding dataset (保定数据集), embedded in this package: everything the three district reports of 满城区, 清苑区 and
/// 徐水区 say, in the interchange format. What the reports do not say is marked <c>invented</c> or <c>generated</c>, and
/// the dataset's provenance explains each inference (the year, 2024, is inferred).
/// </summary>
/// <remarks>Thread-safe; <see cref="Load"/> parses the resource on each call and returns a new, immutable value.</remarks>
public static class BaodingDataset
{
    private const string ResourceName = "Congress.Domain.Interchange.Datasets.baoding.json";

    /// <summary>Opens the embedded JSON (UTF-8). The caller disposes the stream.</summary>
    /// <returns>A read-only stream.</returns>
    public static Stream Open() =>
        typeof(BaodingDataset).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(BaodingDataset).Assembly.GetName().Name}.");

    /// <summary>Reads the embedded dataset with <see cref="DatasetReader"/>.</summary>
    /// <returns>The dataset.</returns>
    /// <exception cref="InvalidOperationException">The embedded dataset has problems (a build defect).</exception>
    public static DatasetDto Load()
    {
        using var stream = Open();
        var result = DatasetReader.Read(stream);
        return result.Dataset ?? throw new InvalidOperationException(
            "The embedded Baoding dataset has problems: " + string.Join("; ", result.Problems.Take(3)));
    }
}

/// <summary>The JSON Schema (draft 2020-12) of the interchange format (交换格式的模式), embedded in this package.</summary>
/// <remarks>Thread-safe.</remarks>
public static class DatasetSchema
{
    private const string ResourceName = "Congress.Domain.Interchange.Schema.congress-dataset.schema.json";

    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://congress-domain.github.io/schema/congress-dataset-1.0.schema.json";

    /// <summary>Opens the embedded schema (UTF-8 JSON). The caller disposes the stream.</summary>
    /// <returns>A read-only stream.</returns>
    public static Stream Open() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");

    /// <summary>The schema as text.</summary>
    /// <returns>The JSON text.</returns>
    public static string Text()
    {
        using var reader = new StreamReader(Open());
        return reader.ReadToEnd();
    }
}
