namespace EcoBrief.Ingest;

/// <summary>
/// One format of report source — plain text, Markdown, a saved web page, a Word file, a PDF —
/// read into the one thing every later stage reads, an <see cref="IngestedReport"/> (pandoc's
/// readers: <c>src/Text/Pandoc/Readers/*</c>). <see cref="SourceReaders"/> holds them and asks each
/// in turn, so a format is one class and one entry there.
/// </summary>
public interface ISourceReader
{
    /// <summary>The format's name, for messages: <c>text</c>.</summary>
    string Format { get; }

    /// <summary>Whether this reader reads <paramref name="source"/> (by its name, or by its first bytes).</summary>
    bool Accepts(ReportSource source);

    /// <summary>Bytes → clean lines; throws <see cref="Diagnostics.InputRejectedException"/> with a one-line reason.</summary>
    IngestedReport Read(ReportSource source);
}
