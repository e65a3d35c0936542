using EcoBrief.Diagnostics;
using EcoBrief.IO;
using EcoBrief.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoBrief.Extraction;

/// <summary>
/// Reads a corrections sidecar (YAML). Unknown keys and wrong shapes are errors with their place,
/// <c>file(line,col): message</c>, so a typo never passes silently.
/// </summary>
/// <example>
/// <code>
/// meta:
///   title: 2026年某省政府工作报告
///   speaker: 某某
///   published: 2026-01-27
/// achievements:
///   section: 2025年工作回顾
///   list: （一）
/// drop:
///   - 各位代表
/// rename:
///   旧的标题开头: 新标题
/// </code>
/// </example>
public static class CorrectionsReader
{
    private static readonly string[] Keys = ["meta", "achievements", "challenges", "tasks", "priorities", "drop", "rename"];
    private static readonly string[] MetaKeys = ["title", "speaker", "role", "occasion", "published", "publication"];
    private static readonly string[] ListKeys = ["section", "list"];

    /// <summary>The corrections beside <paramref name="sourcePath"/>, or null when it has no sidecar.</summary>
    /// <exception cref="InputRejectedException">The sidecar is there but cannot be read (a folder, a FIFO, a device, too large, not text) or is wrong: one line with its place.</exception>
    public static ExtractionCorrections? ForSource(string sourcePath)
    {
        var path = ExtractionCorrections.SidecarOf(sourcePath);
        // Anything by that name is meant as corrections: a folder or a dangling link is an error, never silence.
        return RegularFile.IsThere(path) ? Read(CorrectionsFile.Read(path), path) : null;
    }

    /// <summary>A sidecar's bytes, decoded and read (the fuzzer's entry point).</summary>
    /// <exception cref="InputRejectedException">Not text, or wrong: one line with its place.</exception>
    public static ExtractionCorrections Read(byte[] bytes, string origin) => Read(CorrectionsFile.Decode(bytes, origin), origin);

    public static ExtractionCorrections Read(string yaml, string origin)
    {
        YamlMappingNode map;
        CheckNesting(yaml, origin);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new ExtractionCorrections(origin, BriefingMeta.Empty, new Dictionary<string, ListChoice>(), [], []);
            }

            map = stream.Documents[0].RootNode as YamlMappingNode ?? throw Error(origin, stream.Documents[0].RootNode, "the corrections must be a mapping (meta:, achievements:, drop:, rename:…)");
        }
        catch (YamlException e)
        {
            throw new InputRejectedException($"{origin}({e.Start.Line},{e.Start.Column}): {e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's parser fails so on some malformed input (found by fuzzing the sidecar, as for the front matter): still malformed YAML.
            throw new InputRejectedException($"{origin}: not valid YAML ({e.Message.ReplaceLineEndings(" ")})", e);
        }

        var meta = BriefingMeta.Empty;
        var lists = new Dictionary<string, ListChoice>(StringComparer.Ordinal);
        var drop = new List<string>();
        var rename = new List<KeyValuePair<string, string>>();
        foreach (var (k, v) in map.Children)
        {
            switch (Key(origin, k, Keys))
            {
                case "meta":
                    var m = Mapping(origin, v);
                    string? Field(string name) => m.Children.FirstOrDefault(c => ((YamlScalarNode)c.Key).Value == name).Value is { } n ? Scalar(origin, n) : null;
                    foreach (var key in m.Children.Keys)
                    {
                        Key(origin, key, MetaKeys);
                    }

                    var published = Field("published");
                    if (published is not null && !Chinese.IsoDate.TryParse(published, out _))
                    {
                        throw Error(origin, m, $"published must be a date YYYY-MM-DD, not '{published}'");
                    }

                    meta = new BriefingMeta(Field("title"), Field("speaker"), Field("role"), Field("occasion"), published, Field("publication"));
                    break;
                case "drop":
                    drop.AddRange(Sequence(origin, v).Select(n => Scalar(origin, n)));
                    break;
                case "rename":
                    foreach (var (from, to) in Mapping(origin, v).Children)
                    {
                        rename.Add(new(Scalar(origin, from), Scalar(origin, to)));
                    }

                    break;
                case var category:
                    var choice = Mapping(origin, v);
                    string? Part(string name) => choice.Children.FirstOrDefault(c => ((YamlScalarNode)c.Key).Value == name).Value is { } n ? Scalar(origin, n) : null;
                    foreach (var key in choice.Children.Keys)
                    {
                        Key(origin, key, ListKeys);
                    }

                    lists[category] = new ListChoice(Part("section"), Part("list"));
                    break;
            }
        }

        return new ExtractionCorrections(origin, meta, lists, drop, rename);
    }

    /// <summary>A sidecar nested deeper than corrections ever are is refused before YamlDotNet loads it (its recursion would overflow the stack).</summary>
    private static void CheckNesting(string yaml, string origin)
    {
        if (YamlNesting.TooDeep(yaml) is { } at)
        {
            throw new InputRejectedException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{origin}({at.Line},{at.Column}): lists and mappings nest more than {YamlNesting.MaxDepth} deep"));
        }
    }

    private static string Key(string origin, YamlNode node, string[] known)
    {
        var key = node is YamlScalarNode s ? s.Value ?? string.Empty : throw Error(origin, node, "a key must be a plain word");
        return Array.IndexOf(known, key) >= 0 ? key : throw Error(origin, node, $"unknown key '{key}'; known: {string.Join(", ", known)}");
    }

    private static YamlMappingNode Mapping(string origin, YamlNode node) =>
        node as YamlMappingNode ?? throw Error(origin, node, "expected a mapping (key: value lines, indented)");

    private static YamlSequenceNode Sequence(string origin, YamlNode node) =>
        node as YamlSequenceNode ?? throw Error(origin, node, "expected a list (lines starting with '- ')");

    private static string Scalar(string origin, YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Error(origin, node, "expected a non-empty text");

    private static InputRejectedException Error(string origin, YamlNode node, string message) =>
        new($"{origin}({node.Start.Line},{node.Start.Column}): {message}");
}
