using System.IO.Compression;
using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;
using EcoBrief.Serialization;
using EcoBrief.Templating;

namespace EcoBrief.Tests.Fuzzing;

/// <summary>
/// What the fuzzer runs. Each target refuses bad input with its own one-line exception; anything else
/// thrown is a crash: reports (ingest, outline, extraction and JSON), templates (Scriban in its
/// sandbox, then the Markdown and its front matter), front matter alone, reference documents, and
/// corrections sidecars (decoded, read, applied).
/// </summary>
public static class FuzzTarget
{
    public static void Run(byte[] input)
    {
        try
        {
            var briefing = BriefingExtractor.Extract(EcoBrief.Outline.OutlineBuilder.Build(ReportReader.Read(input)));
            BriefingJson.Serialize(briefing);
        }
        catch (InputRejectedException)
        {
        }
    }

    /// <summary>A template (in <paramref name="folder"/>, beside its partials) rendered over <paramref name="briefing"/> and parsed as the document.</summary>
    public static void RunTemplate(byte[] input, string folder, Briefing briefing)
    {
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "fuzz.md.sbn"), input);
            var renderer = new TemplateEvaluator(TemplateLoader.FromDirectory(folder));
            _ = BriefingMarkdown.Parse(renderer.Evaluate("fuzz", briefing, "x.txt"), "fuzz.md.sbn");
        }
        catch (TemplateException)
        {
        }
    }

    /// <summary>Front matter alone, as a template writes it (without its fences).</summary>
    public static void RunFrontMatter(byte[] input)
    {
        try
        {
            _ = FrontMatterReader.Read(Encoding.UTF8.GetString(input), "fuzz.md.sbn");
        }
        catch (TemplateException)
        {
        }
    }

    /// <summary>A corrections sidecar as bytes: decoded and read as <c>NAME.ecobrief.yml</c> is, then applied to <paramref name="outline"/>'s extraction.</summary>
    public static void RunSidecar(byte[] input, ReportOutline outline)
    {
        try
        {
            var corrections = CorrectionsReader.Read(input, "fuzz.ecobrief.yml");
            BriefingJson.Serialize(BriefingExtractor.Extract(outline, null, corrections));
        }
        catch (InputRejectedException)
        {
        }
    }

    /// <summary>Sidecars to mutate: the README's, the tests', a GB18030 one, and one of every key.</summary>
    public static byte[][] Sidecars()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Readme = "meta:\n  title: 2026年某省政府工作报告\n  published: 2026-01-27\nachievements:\n  section: 2025年工作回顾\n  list: （一）\ndrop:\n  - 各位代表\nrename:\n  扎实抓好稳增长: 稳增长、防风险、保民生\n";
        string[] texts =
        [
            Readme,
            "meta:\n  title: 北京市政府工作报告（修正）\n  published: 2026-01-26\n",
            "achievements:\n  section: 2026年的重点工作\n  list: （一）\n",
            "tasks:\n  list: 一是\nchallenges:\n  section: 问题\npriorities:\n  list: ——\n",
            "meta:\n  speaker: 某某\n  role: 省长\n  occasion: 省十四届人大四次会议\n  publication: 《某某日报》\ndrop: [各位代表, 同志们]\nrename: {旧: 新}\n",
        ];
        return [.. texts.Select(Encoding.UTF8.GetBytes), Encoding.GetEncoding(54936).GetBytes(Readme), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Readme)).ToArray()];
    }

    /// <summary>A reference document as bytes (a zip), loaded and its styles merged into EcoBrief's.</summary>
    public static void RunReferenceDocx(byte[] input)
    {
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            var reference = ReferenceDocx.Load(stream, "fuzz.docx", []);
            reference.ApplyStyles(DocxStyles.Build(new DocumentSettings(), DocxNumbering.HeadingsNum));
            _ = reference.SectionProperties()?.OuterXml;
        }
        catch (InvalidDataException)
        {
        }
    }

    /// <summary>A reference document made of these parts (stored, so a mutated part reaches the XML reader intact).</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                s.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The parts of a small Word file: relationships, a body with its page setup, styles, a header.</summary>
    public static (string Name, byte[] Bytes)[] ReferenceParts(byte[] styles)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        static byte[] U(string s) => Encoding.UTF8.GetBytes(s);
        return
        [
            ("[Content_Types].xml", U("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")),
            ("_rels/.rels", U($"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{R}/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
            ("word/_rels/document.xml.rels", U($"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{R}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"{R}/header\" Target=\"header1.xml\"/><Relationship Id=\"rId3\" Type=\"{R}/footer\" Target=\"footer1.xml\"/></Relationships>")),
            ("word/document.xml", U($"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>样式</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/><w:cols w:space=\"720\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr></w:body></w:document>")),
            ("word/styles.xml", styles),
            ("word/header1.xml", U($"<w:hdr xmlns:w=\"{W}\"><w:p><w:r><w:t>内部资料</w:t></w:r></w:p></w:hdr>")),
            ("word/footer1.xml", U($"<w:ftr xmlns:w=\"{W}\"><w:p><w:r><w:t>第页</w:t></w:r></w:p></w:ftr>")),
        ];
    }
}
