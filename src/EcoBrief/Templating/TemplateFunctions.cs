using System.Globalization;
using EcoBrief.Text;
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
        global.Import("date_cn", new Func<string?, string>(DateCn));
        global.Import("format_number", new Func<object?, string>(FormatNumber));
        global.Import("shorten", new Func<string?, int, string>(Shorten));
        global.Import("display_width", new Func<string?, int>(s => s is null ? 0 : DisplayWidth.Of(s)));
        global.Import("top", new Func<ScriptArray?, int, ScriptArray>(Top));
        global.Import("md", new Func<object?, string>(v => MarkdownEscaper.Escape(v?.ToString())));
        global.Import("yaml", new Func<object?, string>(Yaml));
        global.Import("cn_number", new Func<int, string>(n => n is >= 1 and <= 99 ? ChineseNumeral.Format(n) : n.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>2024-05-28 → 2024年5月28日; anything unparsable is returned as it is.</summary>
    public static string DateCn(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return string.Empty;
        }

        return DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
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
    /// Shortens text to at most <paramref name="columns"/> display columns (a Chinese character is two),
    /// cutting at the last clause mark (，；：、) that leaves at least half of it, else at a character
    /// with an ellipsis.
    /// </summary>
    public static string Shorten(string? text, int columns)
    {
        if (string.IsNullOrEmpty(text) || DisplayWidth.Of(text) <= columns)
        {
            return text ?? string.Empty;
        }

        var width = 0;
        var lastClause = -1;
        var hardCut = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var w = DisplayWidth.Of(text[i]);
            if (width + w > columns)
            {
                break;
            }

            width += w;
            if (text[i] is '，' or '；' or '：' or '、' or '。' && width >= columns / 2)
            {
                lastClause = i;
            }

            if (width + 2 <= columns)
            {
                hardCut = i + 1;
            }
        }

        return lastClause > 0 ? text[..lastClause] : text[..hardCut].TrimEnd('，', '、', '；', '：') + "…";
    }

    /// <summary>A string as a YAML double-quoted scalar (JSON's string syntax is valid YAML), for front matter.</summary>
    public static string Yaml(object? value) =>
        System.Text.Json.JsonSerializer.Serialize(value?.ToString() ?? string.Empty, YamlStringOptions);

    private static readonly System.Text.Json.JsonSerializerOptions YamlStringOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
