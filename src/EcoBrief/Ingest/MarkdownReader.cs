namespace EcoBrief.Ingest;

/// <summary>
/// A report kept as Markdown (<c>.md</c>, <c>.markdown</c>…, <see cref="SourceFormats.FromPath"/>): its
/// front matter, emphasis markers, <c>#</c> headings, bullets, tables and comments give way to the same
/// lines its plain text would have (<see cref="MarkdownSyntax"/>).
/// </summary>
public sealed class MarkdownReader : ISourceReader
{
    public string Format => "markdown";

    public bool Accepts(ReportSource source) => SourceFormats.FromPath(source.Path) == SourceFormat.Markdown;

    public IngestedReport Read(ReportSource source) => ReportReader.Read(source.Bytes.Span, SourceFormat.Markdown);
}
