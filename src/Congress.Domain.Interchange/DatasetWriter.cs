using System.Text.Json;
using Ardalis.GuardClauses;

namespace Congress.Domain.Interchange;

/// <summary>
/// Exports a dataset in the interchange format (导出数据集): indented UTF-8 JSON without a byte-order mark, nulls left out.
/// Reading what it writes with <see cref="DatasetReader"/> gives an equal <see cref="DatasetDto"/>. Thread-safe.
/// </summary>
public static class DatasetWriter
{
    /// <summary>Writes a dataset to a stream, leaving it open.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">The stream.</param>
    public static void Write(DatasetDto dataset, Stream stream)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(stream);
        JsonSerializer.Serialize(stream, dataset, DatasetJson.Options);
    }

    /// <summary>Writes a dataset as JSON text.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(DatasetDto dataset)
    {
        Guard.Against.Null(dataset);
        return JsonSerializer.Serialize(dataset, DatasetJson.Options);
    }

    /// <summary>Writes a dataset as UTF-8 bytes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] ToUtf8(DatasetDto dataset)
    {
        Guard.Against.Null(dataset);
        return JsonSerializer.SerializeToUtf8Bytes(dataset, DatasetJson.Options);
    }
}
