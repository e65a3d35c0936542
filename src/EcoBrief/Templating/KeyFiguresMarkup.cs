using EcoBrief.Model;

namespace EcoBrief.Templating;

/// <summary>
/// One key-figures block a template wrote (<c>key_figures</c>): its Markdown, a <c>::: key-figures</c>
/// fence around a pipe table that any Markdown reader can show, and the typed entries it stands for,
/// which the document gives its block (<see cref="Document.KeyFigures.KeyFiguresBlock"/>) instead of
/// reading the table back.
/// </summary>
/// <param name="Markdown">The block's text, exactly as the template's output holds it.</param>
/// <param name="Entries">The figures it shows, in order.</param>
public sealed record KeyFiguresMarkup(string Markdown, IReadOnlyList<KeyFigureEntry> Entries) : EcoBrief.Document.ITemplateContainerMarkup;
