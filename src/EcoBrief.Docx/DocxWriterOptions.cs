namespace EcoBrief.Docx;

/// <summary>Options of the Word writer that are not the document's own settings.</summary>
public sealed record DocxWriterOptions
{
    /// <summary>A .docx whose styles, page setup, header and footer replace EcoBrief's (pandoc's --reference-doc).</summary>
    public string? ReferenceDocx { get; init; }

    /// <summary>Created/modified date. Null: SOURCE_DATE_EPOCH when set, else the document's date, else 2000-01-01.</summary>
    public DateTime? Date { get; init; }
}
