namespace EcoBrief.Ingest;

/// <summary>Why a line was taken out of the report as web-page chrome.</summary>
public enum ChromeKind
{
    SharePrompt,
    Byline,
    Source,
    Dateline,
    Counter,
    Navigation,
    CommentPrompt,
    EditorCredit,
    PhotoCaption,
    Duplicate,
    Trailer,

    /// <summary>A Markdown report's YAML front matter (its title and source are kept in <see cref="IngestedReport.FrontMatter"/>).</summary>
    FrontMatter,
}
