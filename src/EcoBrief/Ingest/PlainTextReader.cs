namespace EcoBrief.Ingest;

/// <summary>
/// Plain text in any encoding <see cref="TextDecoder"/> knows, cleaned by <see cref="ReportReader.Clean"/>
/// (a saved page's markup left in the text is found by its content and removed there). It reads any
/// source, so it comes last.
/// </summary>
public sealed class PlainTextReader : ISourceReader
{
    public string Format => "text";

    public bool Accepts(ReportSource source) => true;

    public IngestedReport Read(ReportSource source) => ReportReader.Read(source.Bytes.Span);
}
