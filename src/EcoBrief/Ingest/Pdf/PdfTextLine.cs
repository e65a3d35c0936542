namespace EcoBrief.Ingest.Pdf;

/// <summary>A line of text of a page, in reading order, as the page shows it.</summary>
internal sealed class PdfTextLine
{
    public required string Text { get; init; }

    public required int Page { get; init; }

    /// <summary>0 for a line across the page; 1 and 2 for the left and right columns of a two-column part of it.</summary>
    public required int Column { get; init; }

    public required double X0 { get; init; }

    public required double X1 { get; init; }

    /// <summary>Its baseline (y grows upwards).</summary>
    public required double Y { get; init; }

    public required double Size { get; init; }

    /// <summary>The width of what the line starts with that a line break could not have split: a Latin word or number, or a Chinese character with the punctuation that may not start a line after it.</summary>
    public required double LeadWidth { get; init; }

    /// <summary>Its number among the document's lines of text, in reading order (<see cref="SourceMap.PdfPages"/>).</summary>
    public int Number { get; set; }
}
