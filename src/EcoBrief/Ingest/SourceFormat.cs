namespace EcoBrief.Ingest;

/// <summary>The form a report's text comes in, told by its file's extension and confirmed by sniffing the text.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (a page's markup saved as text included). Markdown syntax in it is still recognised when the text shows it.</summary>
    Text,

    /// <summary>Markdown, as repositories keep reports: YAML front matter, <c>**</c> bold headings and bylines, <c>#</c> headings, <c>&lt;!-- --&gt;</c> comments.</summary>
    Markdown,
}

/// <summary>Which <see cref="SourceFormat"/> a path names.</summary>
public static class SourceFormats
{
    /// <summary><see cref="SourceFormat.Markdown"/> for <c>.md</c>, <c>.markdown</c> and <c>.mdown</c>; otherwise <see cref="SourceFormat.Text"/>.</summary>
    public static SourceFormat FromPath(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".MD" or ".MARKDOWN" or ".MDOWN" or ".MKD" => SourceFormat.Markdown,
            _ => SourceFormat.Text,
        };
}
