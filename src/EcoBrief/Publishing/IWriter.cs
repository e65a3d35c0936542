namespace EcoBrief.Publishing;

/// <summary>
/// One output format: what it is called on the command line, the extension of its files, and how it
/// writes its input (a <see cref="Document.BriefingDocument"/> for the per-template formats, the
/// model itself for JSON). Adding a format is one class implementing this and one registration line
/// in the composition root (pandoc's writers table: <c>src/Text/Pandoc/Writers.hs</c>).
/// </summary>
/// <typeparam name="TInput">What the writer reads.</typeparam>
public interface IWriter<in TInput>
{
    /// <summary>The kind's name in <c>--formats</c>: <c>pdf</c>, <c>docx</c>, <c>md</c>, <c>html</c>, <c>txt</c>, <c>json</c>.</summary>
    string Format { get; }

    /// <summary>The extension of the files it writes, with its dot: <c>.pdf</c>.</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="input"/> to <paramref name="output"/>; the same input always gives the same bytes.</summary>
    WriteResult Write(TInput input, Stream output);
}
