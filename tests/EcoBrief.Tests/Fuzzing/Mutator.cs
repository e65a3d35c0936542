using System.Text;

namespace EcoBrief.Tests.Fuzzing;

/// <summary>
/// A seeded mutator over real reports: byte flips, insertions of the tokens the parser cares about
/// (numbering, stops, quotes, brackets, chrome words, NUL, broken UTF-8), deletions and duplications.
/// The same seed gives the same inputs, so a failure is reproducible from its seed and iteration.
/// </summary>
public sealed class Mutator(int seed, IReadOnlyList<byte[]>? tokens = null)
{
    /// <summary>What a template or its front matter is made of: Scriban, YAML and Markdown syntax.</summary>
    public static readonly IReadOnlyList<byte[]> TemplateTokens = [.. new[]
    {
        "{{", "}}", "{{~", "~}}", "{{ end }}", "{{ for x in achievements }}", "{{ if ", " }}", "{{ include 'partials/meta-line.sbn' }}", "| md", "| string.pad_right 99",
        "1..1000", "---\n", "\n---\n", ": ", "\n  ", "[", "]", "{", "}", "*", "**", "_", "~", ">", "- ", "1. ", "#", "|", "`", "```", "\\", "\"", "'",
        "paper: ", "margins: {top: ", "base_font_size: ", "min_font_size: ", "title_font_size: ", "date: ", "fonts:\n  body: ", "1e308", "-1", "0", "NaN",
        "Infinity", "B5", "2024-13-45", "? [a]\n: b\n", "&a", "*a", "!!binary", "%YAML 1.2\n", "\n", "\t", "\0", "😀", "\uFFFF",
    }.Select(Encoding.UTF8.GetBytes), [0xFF], [0xED, 0xA0, 0x80]];

    /// <summary>What a corrections sidecar is made of: its keys, YAML syntax, dates, list kinds, and bytes of other encodings.</summary>
    public static readonly IReadOnlyList<byte[]> SidecarTokens = [.. new[]
    {
        "meta:\n", "  title: ", "  speaker: ", "  published: ", "2026-01-27", "2026-13-45", "achievements:\n", "challenges:\n", "tasks:\n", "priorities:\n",
        "  section: ", "  list: ", "（一）", "一是", "——", "1.", "run-in", "parallel", "drop:\n", "  - ", "rename:\n", "  旧: 新\n", "工作回顾", "各位代表",
        ": ", "\n  ", "\n    ", "[", "]", "{", "}", "? [a]\n: b\n", "&a ", "*a", "<<: *a\n", "!!binary ", "!!str ", "%YAML 1.2\n", "---\n", "...\n", "|\n", ">-\n",
        "\"", "'", "#", "\t", "\0", "\r\n", "~", "null", "1e308", "-", "😀", "\uFEFF", "\uFFFD",
    }.Select(Encoding.UTF8.GetBytes), [0xFF], [0xFE, 0xFF], [0xC4, 0xE3], [0xB1, 0xEA, 0xCC, 0xE2], [0x81, 0x30, 0x81, 0x30], [0xED, 0xA0, 0x80]];

    /// <summary>What a Word file's XML parts are made of.</summary>
    public static readonly IReadOnlyList<byte[]> XmlTokens = [.. new[]
    {
        "<", ">", "/>", "</w:style>", "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">", "<w:pPr>", "</w:pPr>", "<w:rPr>", "<w:b/>",
        "<w:pgSz w:w=\"0\" w:h=\"0\"/>", "<w:pgMar w:top=\"-99999999\" w:left=\"99999\"/>", "<w:sectPr>", "</w:sectPr>", "<w:p/>", "w:val=\"", "\"",
        "&amp;", "&#0;", "&#xFFFF;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<?xml version=\"1.0\"?>", "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "Target=\"../../../etc/passwd\"", "Target=\"/word/styles.xml\"", "TargetMode=\"External\"", "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\"",
    }.Select(Encoding.UTF8.GetBytes), [0x00], [0xFF]];

    private readonly IReadOnlyList<byte[]> _tokens = tokens ?? Tokens;

    private static readonly byte[][] Tokens = [.. new[]
    {
        "一、", "（一）", "(二)", "1.", "（1）", "一是", "二是", "第一，", "——", "……", "。", "，", "；", "：", "“", "”", "（", "）", "《", "》",
        "\n", "\r\n", "\n\n", "\u3000\u3000", " ", "%", "亿元", "微克/立方米", "个百分点", "同比上升", "好于", "PM2.5", "返回", "浏览18 评论0",
        "手机扫码", "来源：", "作者：", "同时，我们也要看到", "问题和不足：", "2024年", "重点工作任务", "工作回顾", "部长", "：", "\t", "\u200B",
        "😀", "𠮷", "ا", "\uFEFF", "\uFFFD",
    }.Select(Encoding.UTF8.GetBytes), [0x00], [0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0x81, 0x30]];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] source, int maxLength = 4096)
    {
        var start = source.Length > maxLength ? _random.Next(source.Length - maxLength) : 0;
        var data = new List<byte>(source.AsSpan(start, Math.Min(maxLength, source.Length - start)).ToArray());
        var count = 1 + _random.Next(8);
        for (var i = 0; i < count; i++)
        {
            var at = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, _tokens[_random.Next(_tokens.Count)]);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                    break;
                case 3 when data.Count > 0:
                    var len = Math.Min(data.Count - at, 1 + _random.Next(256));
                    data.InsertRange(_random.Next(data.Count), data.GetRange(at, len));
                    break;
                case 4:
                    data.Insert(at, (byte)_random.Next(256));
                    break;
                default:
                    var token = _tokens[_random.Next(_tokens.Count)];
                    for (var k = 0; k < 1 + _random.Next(20); k++)
                    {
                        data.InsertRange(at, token);
                    }

                    break;
            }
        }

        return [.. data];
    }
}
