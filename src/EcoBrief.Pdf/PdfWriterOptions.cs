namespace EcoBrief.Pdf;

/// <summary>Options of the PDF writer that are not the document's own settings.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>
    /// The creation and modification date written into the PDF. Null: SOURCE_DATE_EPOCH when set, else
    /// the document's date, else 2000-01-01 — never the clock, so builds are byte-reproducible.
    /// </summary>
    public DateTime? Date { get; init; }

    public string Creator { get; init; } = "EcoBrief";
}
