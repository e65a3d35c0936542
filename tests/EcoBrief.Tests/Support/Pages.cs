using System.Net;
using System.Text;

namespace EcoBrief.Tests.Support;

/// <summary>
/// A report put into a web page as sites publish one (<c>TestFiles/pages/</c>): a government site's
/// page in GB2312 (its meta tag says so; its bytes are GB18030, as sites serve them), each line a
/// <c>&lt;p&gt;</c> inside <c>&lt;div id="zoom"&gt;</c>, among a navigation bar, a breadcrumb, a share bar,
/// a font-size switch, previous/next links, related links, a footer, scripts and styles; and a news
/// site's in UTF-8, the first line its <c>&lt;h1&gt;</c>, the others apart by <c>&lt;br&gt;&lt;br&gt;</c> in one
/// block, inside an <c>&lt;article&gt;</c> among a site header, a share bar, an editor's credit,
/// recommended reading, comments and a footer.
/// </summary>
internal static class Pages
{
    public static byte[] Government(string text)
    {
        var lines = Lines(text);
        var body = string.Concat(lines.Select(l => $"<p style=\"text-indent: 2em;\">{WebUtility.HtmlEncode(l)}</p>\n"));
        var page = Template("gov.html").Replace("{{TITLE}}", WebUtility.HtmlEncode(lines[0]), StringComparison.Ordinal).Replace("{{BODY}}", body, StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936).GetBytes(page);
    }

    public static byte[] News(string text)
    {
        var lines = Lines(text);
        var body = string.Join("<br><br>\n", lines.Skip(1).Select(WebUtility.HtmlEncode));
        var page = Template("news.html").Replace("{{TITLE}}", WebUtility.HtmlEncode(lines[0]), StringComparison.Ordinal)
            .Replace("{{HEADING}}", WebUtility.HtmlEncode(lines[0]), StringComparison.Ordinal).Replace("{{BODY}}", body, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(page);
    }

    private static List<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string Template(string name) => File.ReadAllText(TestPaths.TestFile("pages", name));
}
