using System.Globalization;
using EcoBrief.Templating;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoBrief.Document;

/// <summary>
/// Reads the YAML front matter a template writes into <see cref="DocumentSettings"/>: the preset's
/// defaults first, then each key. An unknown key or a wrong value is an error with its place, so a
/// typo in a template never passes silently.
/// </summary>
public static class FrontMatterReader
{
    private static readonly string[] Keys =
    [
        "template", "preset", "paper", "margins", "base_font_size", "title_font_size", "min_font_size", "fonts", "header", "footer",
        "page_number", "one_page", "min_items", "heading_numbering", "show_sources", "first_line_indent", "language",
        "title", "author", "subject", "keywords", "date",
    ];

    /// <param name="yaml">The front matter, without its --- fences.</param>
    /// <param name="origin">Name used in messages (the template's path).</param>
    /// <param name="presetOverride">A preset chosen by the user (--preset), which wins over the template's.</param>
    public static DocumentSettings Read(string yaml, string origin, string? presetOverride = null)
    {
        YamlMappingNode map;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            map = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode
                ?? throw new TemplateException($"{origin}: front matter must be a mapping of settings");
        }
        catch (YamlException e)
        {
            throw new TemplateException($"{origin}(front matter {e.Start.Line},{e.Start.Column}): {e.Message}", e);
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? string.Empty;
            if (Array.IndexOf(Keys, key) < 0)
            {
                throw new TemplateException($"{origin}(front matter {k.Start.Line},{k.Start.Column}): unknown setting '{key}'; known: {string.Join(", ", Keys)}");
            }

            values[key] = v;
        }

        var preset = presetOverride ?? (values.TryGetValue("preset", out var p) ? Scalar(p, origin) : "gbt9704");
        DocumentSettings s;
        try
        {
            s = Presets.For(preset!);
        }
        catch (ArgumentException e)
        {
            throw new TemplateException($"{origin}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }

        string? Str(string key) => values.TryGetValue(key, out var n) ? Scalar(n, origin) : null;
        double Num(string key, double fallback) => values.TryGetValue(key, out var n) ? Number(n, origin) : fallback;
        bool Flag(string key, bool fallback) => values.TryGetValue(key, out var n) ? Boolean(n, origin) : fallback;

        var margins = s.Margins;
        if (values.TryGetValue("margins", out var m))
        {
            var mm = Mapping(m, origin, "margins", ["top", "left", "right", "bottom"]);
            margins = new PageMargins(
                mm.TryGetValue("top", out var t) ? Number(t, origin) : margins.Top,
                mm.TryGetValue("left", out var l) ? Number(l, origin) : margins.Left,
                mm.TryGetValue("right", out var r) ? Number(r, origin) : margins.Right,
                mm.TryGetValue("bottom", out var b) ? Number(b, origin) : margins.Bottom);
        }

        var fonts = s.Fonts;
        if (values.TryGetValue("fonts", out var f))
        {
            var fm = Mapping(f, origin, "fonts", ["title", "heading", "subheading", "body", "emphasis"]);
            string Role(string role, string fallback) => fm.TryGetValue(role, out var n) ? Scalar(n, origin) ?? fallback : fallback;
            fonts = new FontRoles(Role("title", fonts.Title), Role("heading", fonts.Heading), Role("subheading", fonts.Subheading), Role("body", fonts.Body), Role("emphasis", fonts.Emphasis));
        }

        return s with
        {
            Template = Str("template") ?? s.Template,
            Preset = preset!,
            Paper = Str("paper") ?? s.Paper,
            Margins = margins,
            BaseFontSize = Num("base_font_size", s.BaseFontSize),
            TitleFontSize = Num("title_font_size", s.TitleFontSize),
            MinFontSize = Num("min_font_size", s.MinFontSize),
            Fonts = fonts,
            Header = Blank(Str("header")) ?? s.Header,
            Footer = Blank(Str("footer")) ?? s.Footer,
            PageNumber = Str("page_number") ?? s.PageNumber,
            OnePage = Flag("one_page", s.OnePage),
            MinItems = (int)Num("min_items", s.MinItems),
            HeadingNumbering = Flag("heading_numbering", s.HeadingNumbering),
            ShowSources = Flag("show_sources", s.ShowSources),
            FirstLineIndent = Flag("first_line_indent", s.FirstLineIndent),
            Language = Str("language") ?? s.Language,
            Title = Blank(Str("title")),
            Author = Blank(Str("author")),
            Subject = Blank(Str("subject")),
            Keywords = Blank(Str("keywords")),
            Date = Blank(Str("date")),
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string? Scalar(YamlNode node, string origin) =>
        node is YamlScalarNode s ? s.Value : throw Error(node, origin, "expected a single value");

    private static double Number(YamlNode node, string origin) =>
        double.TryParse(Scalar(node, origin), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0
            ? d
            : throw Error(node, origin, "expected a non-negative number");

    private static bool Boolean(YamlNode node, string origin) => Scalar(node, origin) switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw Error(node, origin, "expected true or false"),
    };

    private static Dictionary<string, YamlNode> Mapping(YamlNode node, string origin, string name, string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, origin, $"'{name}' must be a mapping");
        }

        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? string.Empty;
            if (Array.IndexOf(allowed, key) < 0)
            {
                throw Error(k, origin, $"unknown key '{key}' in '{name}'; known: {string.Join(", ", allowed)}");
            }

            result[key] = v;
        }

        return result;
    }

    private static TemplateException Error(YamlNode node, string origin, string message) =>
        new($"{origin}(front matter {node.Start.Line},{node.Start.Column}): {message}");
}
