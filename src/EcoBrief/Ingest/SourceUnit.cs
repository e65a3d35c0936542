namespace EcoBrief.Ingest;

/// <summary>What a source's line numbers count (<see cref="SourceMap"/>).</summary>
public enum SourceUnit
{
    /// <summary>Lines of a text file (plain text, Markdown, a saved page's markup).</summary>
    TextLine,

    /// <summary>Paragraphs of a Word file.</summary>
    Paragraph,

    /// <summary>Lines of a PDF's text, numbered through the document and placed by page.</summary>
    PageLine,
}
