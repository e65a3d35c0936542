using System.Globalization;
using EcoBrief.IO;
using EcoBrief.Templating;
using EcoBrief.Chinese;
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
        "template", "preset", "paper", "margins", "base_font_size", "title_font_size", "min_font_size", "max_font_size", "fonts", "header", "footer",
        "page_number", "one_page", "min_items", "cut_note", "detail_note", "notes_refer_to", "cut_note_alone", "detail_note_alone", "heading_numbering", "show_sources", "first_line_indent", "embed_fonts", "page_numbers_outside", "language",
        "title", "author", "subject", "keywords", "date",
    ];

    /// <param name="yaml">The front matter, without its --- fences.</param>
    /// <param name="origin">Name used in messages (the template's path).</param>
    /// <param name="presetOverride">A preset chosen by the user (--preset), which wins over the template's.</param>
    public static DocumentSettings Read(string yaml, string origin, string? presetOverride = null)
    {
        YamlMappingNode map;
        CheckNesting(yaml, origin);
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails so on some malformed input (found by fuzzing): still malformed YAML.
            throw new TemplateException($"{origin}(front matter): not valid YAML ({e.Message.ReplaceLineEndings(" ")})", e);
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = Key(k, origin);
            if (Array.IndexOf(Keys, key) < 0)
            {
                throw new TemplateException($"{origin}(front matter {k.Start.Line},{k.Start.Column}): unknown setting '{key}'; known: {string.Join(", ", Keys)}");
            }

            values[key] = v;
        }

        var preset = presetOverride ?? (values.TryGetValue("preset", out var p) ? Scalar(p, origin) : Presets.Default);
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
        double Num(string key, double fallback, double min, double max, string unit) =>
            values.TryGetValue(key, out var n) ? Number(n, origin, key, min, max, unit) : fallback;
        bool Flag(string key, bool fallback) => values.TryGetValue(key, out var n) ? Boolean(n, origin) : fallback;

        var paper = Str("paper") ?? s.Paper;
        if (!Papers.Contains(paper, StringComparer.OrdinalIgnoreCase))
        {
            throw Error(values["paper"], origin, $"paper: '{paper}' is not a paper EcoBrief knows; known: {string.Join(", ", Papers)}");
        }

        var (paperWidth, paperHeight) = (s with { Paper = paper }).PaperSize;
        var margins = s.Margins;
        if (values.TryGetValue("margins", out var m))
        {
            var mm = Mapping(m, origin, "margins", ["top", "left", "right", "bottom"]);
            double Margin(string side, double fallback) =>
                mm.TryGetValue(side, out var n) ? Number(n, origin, $"margins.{side}", 0, MaxMargin, "mm") : fallback;
            margins = new PageMargins(Margin("top", margins.Top), Margin("left", margins.Left), Margin("right", margins.Right), Margin("bottom", margins.Bottom));
            // What is left between the margins must hold a line of text.
            if (paperWidth - margins.Left - margins.Right < MinTextArea)
            {
                throw Error(m, origin, Invariant($"margins: left {margins.Left} + right {margins.Right} mm leave {paperWidth - margins.Left - margins.Right:0.#} mm of the paper's {paperWidth} mm width; at least {MinTextArea} mm must be left"));
            }

            if (paperHeight - margins.Top - margins.Bottom < MinTextArea)
            {
                throw Error(m, origin, Invariant($"margins: top {margins.Top} + bottom {margins.Bottom} mm leave {paperHeight - margins.Top - margins.Bottom:0.#} mm of the paper's {paperHeight} mm height; at least {MinTextArea} mm must be left"));
            }
        }

        var fonts = s.Fonts;
        if (values.TryGetValue("fonts", out var f))
        {
            var fm = Mapping(f, origin, "fonts", ["title", "heading", "subheading", "body", "emphasis"]);
            string Role(string role, string fallback) => fm.TryGetValue(role, out var n) ? Scalar(n, origin) ?? fallback : fallback;
            fonts = new FontRoles(Role("title", fonts.Title), Role("heading", fonts.Heading), Role("subheading", fonts.Subheading), Role("body", fonts.Body), Role("emphasis", fonts.Emphasis));
        }

        var baseSize = Num("base_font_size", s.BaseFontSize, MinFontSize, MaxBodySize, "pt");
        var minSize = Num("min_font_size", s.MinFontSize, MinFontSize, MaxBodySize, "pt");
        if (minSize > baseSize)
        {
            throw Error(values.TryGetValue("min_font_size", out var mn) ? mn : values["base_font_size"], origin,
                Invariant($"min_font_size: {minSize} is outside its range, {MinFontSize} to base_font_size ({baseSize}) pt: the body never shrinks below it, so it cannot be larger"));
        }

        double? maxSize = values.TryGetValue("max_font_size", out var mx) ? Number(mx, origin, "max_font_size", MinFontSize, MaxBodySize, "pt") : s.MaxFontSize;
        if (maxSize < baseSize)
        {
            throw Error(mx!, origin, Invariant($"max_font_size: {maxSize} is outside its range, base_font_size ({baseSize}) to {MaxBodySize} pt: the body only grows from base_font_size, so it cannot be smaller"));
        }

        var date = Blank(Str("date"));
        if (date is not null && !IsoDate.TryParse(date, out _))
        {
            throw Error(values["date"], origin, $"date: '{date}' is not a date written YYYY-MM-DD (a real day, such as 2024-05-28)");
        }

        return s with
        {
            Template = Str("template") ?? s.Template,
            Preset = preset!,
            Paper = paper,
            Margins = margins,
            BaseFontSize = baseSize,
            TitleFontSize = Num("title_font_size", s.TitleFontSize, MinFontSize, MaxTitleSize, "pt"),
            MinFontSize = minSize,
            MaxFontSize = maxSize,
            Fonts = fonts,
            Header = Blank(Str("header")) ?? s.Header,
            Footer = Blank(Str("footer")) ?? s.Footer,
            PageNumber = Str("page_number") ?? s.PageNumber,
            OnePage = Flag("one_page", s.OnePage),
            MinItems = values.TryGetValue("min_items", out var mi) ? WholeNumber(mi, origin, "min_items", 0, MaxMinItems) : s.MinItems,
            CutNote = values.ContainsKey("cut_note") ? Blank(Str("cut_note")) : s.CutNote,
            DetailNote = values.ContainsKey("detail_note") ? Blank(Str("detail_note")) : s.DetailNote,
            NotesReferTo = values.ContainsKey("notes_refer_to") ? Blank(Str("notes_refer_to")) : s.NotesReferTo,
            CutNoteAlone = values.ContainsKey("cut_note_alone") ? Blank(Str("cut_note_alone")) : s.CutNoteAlone,
            DetailNoteAlone = values.ContainsKey("detail_note_alone") ? Blank(Str("detail_note_alone")) : s.DetailNoteAlone,
            HeadingNumbering = Flag("heading_numbering", s.HeadingNumbering),
            ShowSources = Flag("show_sources", s.ShowSources),
            FirstLineIndent = Flag("first_line_indent", s.FirstLineIndent),
            EmbedFonts = Flag("embed_fonts", s.EmbedFonts),
            PageNumbersOutside = Flag("page_numbers_outside", s.PageNumbersOutside),
            Language = Str("language") ?? s.Language,
            Title = Blank(Str("title")),
            Author = Blank(Str("author")),
            Subject = Blank(Str("subject")),
            Keywords = Blank(Str("keywords")),
            Date = date,
        };
    }

    /// <summary>The papers <c>paper</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Papers = ["A4", "Letter"];

    /// <summary>Font sizes, in points: 4 pt is the smallest print that reads; 72 pt a body, 144 pt a title.</summary>
    public const double MinFontSize = 4;

    public const double MaxBodySize = 72;

    public const double MaxTitleSize = 144;

    /// <summary>Each margin, in millimetres.</summary>
    public const double MaxMargin = 100;

    /// <summary>What the margins must leave of the paper, across and down, in millimetres.</summary>
    public const double MinTextArea = 50;

    public const int MaxMinItems = 1000;

    /// <summary>YAML flow collections (<c>[</c>, <c>{</c>) inside each other: YamlDotNet recurses on each.</summary>
    public const int MaxFlowDepth = 32;

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Fails before YamlDotNet recurses into 100,000 nested <c>[</c>.</summary>
    private static void CheckNesting(string yaml, string origin)
    {
        var depth = 0;
        var line = 1;
        var quote = '\0';
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                line++;
                quote = '\0';
            }
            else if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '[' or '{' && ++depth > MaxFlowDepth)
            {
                throw new TemplateException(Invariant($"{origin}(front matter {line}): lists and mappings nest more than {MaxFlowDepth} deep"));
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        // Block lists and mappings too, even on one line (- - - … x): the loader's recursion would overflow the stack.
        if (YamlNesting.TooDeep(yaml) is { } at)
        {
            throw new TemplateException(Invariant($"{origin}(front matter {at.Line}): lists and mappings nest more than {MaxFlowDepth} deep"));
        }
    }

    private static string Key(YamlNode key, string origin) =>
        key is YamlScalarNode { Value: var v } ? v ?? string.Empty : throw Error(key, origin, "a setting's name must be a single word, not a list or a mapping");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string? Scalar(YamlNode node, string origin) =>
        node is YamlScalarNode s ? s.Value : throw Error(node, origin, "expected a single value");

    private static double Number(YamlNode node, string origin, string name, double min, double max, string unit)
    {
        var text = Scalar(node, origin);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && d >= min && d <= max
            ? d
            : throw Error(node, origin, Invariant($"{name}: {text} is outside its range, {min} to {max} {unit}"));
    }

    private static int WholeNumber(YamlNode node, string origin, string name, int min, int max)
    {
        var text = Scalar(node, origin);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw Error(node, origin, Invariant($"{name}: {text} is outside its range, a whole number from {min} to {max}"));
    }

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
            var key = Key(k, origin);
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
