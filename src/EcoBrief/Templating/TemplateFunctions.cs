using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcoBrief.Chinese;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>
/// The functions templates call (documented in templates/README.md). They take and return plain
/// values only, so a template can do nothing with them but format text.
/// </summary>
internal static class TemplateFunctions
{
    public static void Register(ScriptObject global)
    {
        Add(global, "date_cn", TypedFunction.Of<string?, string>("iso", DateCn));
        Add(global, "format_number", TypedFunction.Of<object?, string>("value", FormatNumber));
        Add(global, "shorten", TypedFunction.Of<string?, int, string>("text", "columns", Shorten));
        Add(global, "display_width", TypedFunction.Of<string?, int>("text", s => s is null ? 0 : DisplayWidth.Of(s)));
        Add(global, "top", TypedFunction.Of<ScriptArray?, int, ScriptArray>("list", "n", Top));
        Add(global, "md", TypedFunction.Of<object?, string>("value", v => MarkdownEscaper.Escape(v?.ToString())));
        Add(global, "yaml", TypedFunction.Of<object?, string>("value", Yaml));
        Add(global, "cn_number", TypedFunction.Of<int, string>("n", n => n is >= 1 and <= 99 ? ChineseNumeral.Format(n) : n.ToString(CultureInfo.InvariantCulture)));
    }

    private static void Add(ScriptObject global, string name, TypedFunction function) => global.SetValue(name, function, readOnly: true);

    /// <summary>2024-05-28 → 2024年5月28日; anything unparsable is returned as it is.</summary>
    public static string DateCn(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return string.Empty;
        }

        return IsoDate.TryParse(iso, out var d)
            ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日")
            : iso;
    }

    /// <summary>A number as written: invariant culture, no grouping, its own decimals (85.0 stays 85.0).</summary>
    public static string FormatNumber(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Shortens text to about <paramref name="columns"/> display columns (a Chinese character is two),
    /// and marks every cut with …: a reader must see that the sentence goes on. It cuts only where the
    /// sense allows — at the last clause or sentence mark (，；：。！？, outside brackets and quotes) that
    /// keeps a third of the room or more, the mark replaced by the ellipsis; never at a 、 inside a list.
    /// A first clause longer than that is kept whole when it is no longer than half as much again; only
    /// a text with no such clause is cut between words, and never inside a number with its unit and
    /// bound (总资产1700亿元, 5%左右) nor inside brackets.
    /// </summary>
    public static string Shorten(string? text, int columns)
    {
        if (string.IsNullOrEmpty(text) || DisplayWidth.Of(text) <= columns)
        {
            return text ?? string.Empty;
        }

        const string ClauseMarks = "，；：。！？";
        const int Ellipsis = 2;
        var marks = ClauseBreaks.Of(text, ClauseMarks).ToList();
        var best = -1;
        foreach (var i in marks)
        {
            var w = DisplayWidth.Of(text[..i]);
            if (w + Ellipsis > columns)
            {
                break;
            }

            if (w >= columns / 3)
            {
                best = i;
            }
        }

        if (best < 0 && marks.Count > 0 && DisplayWidth.Of(text[..marks[0]]) + Ellipsis <= columns * 3 / 2)
        {
            best = marks[0];
        }

        if (best > 0)
        {
            return text[..best] + "…";
        }

        // No clause to end on: cut at the last place within the columns that parts no number and no bracket.
        var width = 0;
        var cut = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            width += DisplayWidth.Of(text[i]);
            if (width + Ellipsis > columns)
            {
                break;
            }

            depth = text[i] switch
            {
                '（' or '(' or '“' or '《' or '「' => depth + 1,
                '）' or ')' or '”' or '》' or '」' => Math.Max(0, depth - 1),
                _ => depth,
            };
            if (depth == 0 && !NumberRuns.Parts(text, i + 1) && !IsWordPart(text, i + 1) && !"、，；：。！？（“《「".Contains(text[i], StringComparison.Ordinal))
            {
                cut = i + 1;
            }
        }

        return cut > 0 ? text[..cut] + "…" : text;
    }

    /// <summary>True when a cut before <c>text[i]</c> parts a Latin word or a code (PM2.5, COP28).</summary>
    private static bool IsWordPart(string text, int i) =>
        i > 0 && i < text.Length && char.IsAsciiLetterOrDigit(text[i - 1]) && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '.');

    /// <summary>A string as a YAML double-quoted scalar (JSON's string syntax is valid YAML), for front matter.</summary>
    public static string Yaml(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, YamlStringOptions))
        {
            writer.WriteStringValue(value?.ToString() ?? string.Empty);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static readonly JsonWriterOptions YamlStringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ScriptArray Top(ScriptArray? list, int n)
    {
        var result = new ScriptArray();
        if (list is null)
        {
            return result;
        }

        for (var i = 0; i < list.Count && i < n; i++)
        {
            result.Add(list[i]);
        }

        return result;
    }
}
