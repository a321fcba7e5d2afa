namespace Congress.Domain.Reporting.Writing;

/// <summary>The formats of <see cref="ReportWriter.WriteTable"/>.</summary>
public enum TableFormat
{
    /// <summary>Plain text, columns aligned for a terminal (a Chinese character counts two columns).</summary>
    Text = 0,

    /// <summary>A Markdown table.</summary>
    Markdown = 1,

    /// <summary>A JSON array of rows.</summary>
    Json = 2,
}
