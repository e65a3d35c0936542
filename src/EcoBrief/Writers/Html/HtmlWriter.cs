using System.Globalization;
using System.Net;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using Markdig;
using Markdig.Renderers;

namespace EcoBrief.Writers.Html;

/// <summary>
/// One self-contained HTML page (lang="zh-CN", inline stylesheet, no scripts, no external files),
/// usable as an e-mail body or a web preview. Headings are numbered 一、（一）1. by CSS when the
/// document asks for it, so the Markdown carries no typed numbers.
/// </summary>
public static class HtmlWriter
{
    public static string Write(BriefingDocument document)
    {
        var s = document.Settings;
        var body = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(body);
        BriefingMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document.Ast);

        var title = s.Title ?? FirstHeading(document) ?? "EcoBrief";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<html lang=\"{WebUtility.HtmlEncode(s.Language)}\">\n<head>\n<meta charset=\"utf-8\" />\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        sb.Append("<meta name=\"generator\" content=\"EcoBrief\" />\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>\n{Stylesheet(s)}</style>\n</head>\n<body>\n");
        if (s.Header is { } header)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<header>{WebUtility.HtmlEncode(header)}</header>\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<main class=\"{(s.HeadingNumbering ? "numbered " : string.Empty)}{WebUtility.HtmlEncode(s.Template)}\">\n");
        sb.Append(body.ToString());
        sb.Append("</main>\n");
        if (s.Footer is { } footer)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<footer>{WebUtility.HtmlEncode(footer)}</footer>\n");
        }

        sb.Append("</body>\n</html>\n");

        // Noncharacters and C0 controls are parse errors in HTML too (WHATWG HTML §13.2.3.5).
        return XmlCharacters.Clean(sb.ToString());
    }

    private static string? FirstHeading(BriefingDocument document) =>
        document.Ast.OfType<Markdig.Syntax.HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { Inline: { } inline } ? PlainText.Of(inline) : null;

    private static string Family(string roles) =>
        string.Join(", ", FontRoleNames.Split(roles).Select(f => FontRoleNames.IsGeneric(f) ? f : $"\"{f}\"")) + (roles.Contains("serif", StringComparison.Ordinal) ? string.Empty : ", serif");

    private static string Stylesheet(DocumentSettings s)
    {
        var css = new StringBuilder();
        var size = Math.Max(s.BaseFontSize * 0.9, 12).ToString("0.#", CultureInfo.InvariantCulture);
        css.Append(CultureInfo.InvariantCulture, $$"""
            body { margin: 0; background: #f4f4f2; color: #1d1d1d; font-family: {{Family(s.Fonts.Body)}}; font-size: {{size}}pt; line-height: 1.7; }
            main { max-width: 46em; margin: 0 auto; padding: 2em 2.5em 3em; background: #fff; }
            header, footer { max-width: 46em; margin: 0 auto; padding: .6em 2.5em; color: #666; font-size: .85em; text-align: center; }
            h1 { font-family: {{Family(s.Fonts.Title)}}; font-size: 1.55em; font-weight: normal; text-align: center; line-height: 1.4; margin: .6em 0 .4em; }
            h2 { font-family: {{Family(s.Fonts.Heading)}}; font-size: 1.15em; margin: 1.4em 0 .5em; }
            h3 { font-family: {{Family(s.Fonts.Subheading)}}; font-size: 1.02em; margin: 1em 0 .3em; }
            p { margin: .4em 0; }
            main > h1 + p { text-align: center; color: #444; text-indent: 0; }
            em { font-style: normal; font-family: {{Family(s.Fonts.Emphasis)}}; color: #5a5a5a; }
            strong { font-family: {{Family(s.Fonts.Heading)}}; font-weight: bold; }
            table { border-collapse: collapse; margin: .8em 0; width: 100%; }
            th, td { border: 1px solid #bbb; padding: .3em .6em; text-align: left; vertical-align: top; }
            th { background: #eef1ee; font-family: {{Family(s.Fonts.Heading)}}; font-weight: normal; }
            ul, ol { padding-left: 2em; }
            li { margin: .25em 0; }
            .key-figures { display: flex; flex-wrap: wrap; gap: .7em; margin: 1em 0; }
            .kf { flex: 1 1 10em; border: 1px solid #c9d6c9; border-top: 3px solid #2f6b3c; background: #f7faf7; padding: .5em .7em; }
            .kf-value { font-family: {{Family(s.Fonts.Heading)}}; font-size: 1.35em; color: #2f6b3c; }
            .kf-label { font-size: .85em; line-height: 1.4; }
            .kf-change { font-size: .78em; color: #666; }
            figure.chart { margin: 1em 0; }
            figure.chart figcaption { font-weight: 600; margin-bottom: .4em; }
            figure.chart svg { max-width: 100%; height: auto; }
            figure.chart .note { font-size: .8em; color: #666; }
            .footnotes { font-size: .8em; color: #666; }
            """);
        css.Append('\n');
        if (s.FirstLineIndent)
        {
            css.Append("main > p, li > p + p { text-indent: 2em; }\n");
        }

        if (s.HeadingNumbering)
        {
            css.Append("""
                main.numbered { counter-reset: h2; }
                main.numbered h2 { counter-reset: h3; }
                main.numbered h2::before { counter-increment: h2; content: counter(h2, simp-chinese-informal) "、"; }
                main.numbered h3::before { counter-increment: h3; content: "（" counter(h3, simp-chinese-informal) "）"; }
                main.numbered ol ol { list-style-type: none; counter-reset: p4; }
                main.numbered ol ol > li::before { counter-increment: p4; content: "（" counter(p4) "）"; margin-left: -2em; display: inline-block; width: 2em; }
                """);
            css.Append('\n');
        }

        return css.ToString();
    }
}
