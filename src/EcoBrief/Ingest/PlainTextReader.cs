namespace EcoBrief.Ingest;

/// <summary>
/// Plain text in any encoding <see cref="TextDecoder"/> knows, cleaned by <see cref="ReportReader.Clean"/>
/// (a saved page's markup, or Markdown kept under another extension, is found by its content and read
/// as such there). It reads any source, so it comes last.
/// </summary>
public sealed class PlainTextReader : ISourceReader
{
    public string Format => "text";

    public bool Accepts(ReportSource source) => true;

    public IngestedReport Read(ReportSource source) => ReportReader.Read(source.Bytes.Span, SourceFormat.Text);
}
