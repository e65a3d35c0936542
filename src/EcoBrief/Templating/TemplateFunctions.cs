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
