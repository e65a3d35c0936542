using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Word files and PDFs that are damaged, disguised or built to exhaust the reader: each is one line on
/// stderr naming the file and why (exit 1, no stack trace, nothing written), in bounded time and memory.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ContainerInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-containers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Builds <paramref name="source"/>; asserts exit 1, one line naming it and saying <paramref name="reason"/>, nothing written, within <paramref name="seconds"/> and allocating less than <paramref name="megabytes"/>.</summary>
    private void AssertRefused(string source, string reason, int seconds = 20, int megabytes = 1024)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (exit, _, stderr) = CliRunner.Run("build", source, "-o", Path.Combine(_dir, "out"));
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Assert.Equal(1, exit);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains(Path.GetFileName(source), stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out", Path.GetFileNameWithoutExtension(source))));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"{clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(allocated < megabytes * 1024L * 1024, $"{allocated / 1024 / 1024} MB allocated");
    }

    private static byte[] Docx(string documentXml)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var w = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(text);
            }

            Entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry("word/document.xml", documentXml);
        }

        return zip.ToArray();
    }

    /// <summary>Sets the inflated size the ZIP's local header and central directory declare for <paramref name="entry"/>.</summary>
    private static byte[] DeclareSize(byte[] zip, string entry, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entry);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip.AsSpan(i).StartsWith("PK\x03\x04"u8) && zip.AsSpan(i + 30).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (zip.AsSpan(i).StartsWith("PK\x01\x02"u8) && zip.AsSpan(i + 46).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }

        return zip;
    }

    private static string Body(string paragraphs) => "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + paragraphs + "</w:body></w:document>";

    [Fact]
    public void A_zip_bomb_docx_is_refused_from_its_directory_before_anything_is_inflated()
    {
        var bomb = DeclareSize(Docx(Body("<w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p>")), "word/document.xml", 4_000_000_000);
        AssertRefused(Write("bomb.docx", bomb), "inflate to more than 256 MB (a ZIP bomb?)", megabytes: 64);
    }

    [Fact]
    public void A_docx_that_inflates_past_what_its_directory_declares_is_damaged_not_read_on()
    {
        // 64 MB of one paragraph's text in 64 KB, declared as 1 KB.
        var text = Body("<w:p><w:r><w:t>" + new string('甲', 64 * 1024 * 1024 / 3) + "</w:t></w:r></w:p>");
        var lying = DeclareSize(Docx(text), "word/document.xml", 1024);
        AssertRefused(Write("lying.docx", lying), "not a Word file EcoBrief can read: the package is damaged", megabytes: 512);
    }

    [Fact]
    public void A_PDF_of_a_million_tiny_text_runs_is_refused_before_its_glyphs_are_made()
    {
        var runs = new StringBuilder("BT /F1 1 Tf\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            runs.Append("0.5 0 Td (a) Tj\n");
        }

        var pdf = TinyPdf.Build(runs.Append("ET\n").ToString());
        AssertRefused(Write("runs.pdf", pdf), "page 1 shows more than 100,000 runs of text", megabytes: 768);
    }

    [Fact]
    public void An_encrypted_PDF_says_so_and_how_to_remove_the_password()
    {
        var path = Write("secret.pdf", File.ReadAllBytes(Containers.Fixture("hostile", "encrypted.pdf")));
        AssertRefused(path, "the PDF is encrypted with a password, which EcoBrief does not ask for: remove it first (qpdf --decrypt");
    }

    [Fact]
    public void A_docx_renamed_pdf_is_named_for_what_it_is()
    {
        var path = Write("report.pdf", File.ReadAllBytes(Containers.Fixture("docx", "2024-mee-work-report.docx")));
        AssertRefused(path, "not a PDF: the file is a Word document (.docx); rename it to .docx");
    }

    [Fact]
    public void A_pdf_renamed_docx_is_named_for_what_it_is()
    {
        var path = Write("report.docx", File.ReadAllBytes(Containers.Fixture("hostile", "encrypted.pdf")));
        AssertRefused(path, "not a Word file (.docx): the file is a PDF document; rename it to .pdf");
    }

    [Fact]
    public void A_Word_97_2003_doc_is_refused_with_how_to_save_it_as_docx()
    {
        var path = Write("old.doc", File.ReadAllBytes(Containers.Fixture("hostile", "legacy.doc")));
        AssertRefused(path, "is a Word 97–2003 document (.doc), which EcoBrief does not read: save it as .docx");
    }

    [Fact]
    public void A_doc_under_a_txt_name_is_named_too()
    {
        var path = Write("old.txt", File.ReadAllBytes(Containers.Fixture("hostile", "legacy.doc")));
        AssertRefused(path, "Word 97–2003 document (.doc)");
    }

    [Fact]
    public void A_PDF_without_a_text_layer_is_refused_as_a_scan()
    {
        var path = Write("scan.pdf", TinyPdf.Build("0 0 0 rg 50 50 495 742 re f\n", "0.5 g 100 100 300 300 re f\n"));
        AssertRefused(path, "the PDF has no text layer (a scanned document?)");
    }

    [Fact]
    public void A_PDF_cut_short_is_damaged_in_one_line()
    {
        var whole = File.ReadAllBytes(Containers.Fixture("pdf", "2024-mee-work-report.pdf"));
        var path = Write("cut.pdf", whole[..(whole.Length / 3)]);
        var (exit, _, stderr) = CliRunner.Run("build", path, "-o", Path.Combine(_dir, "out"));
        Assert.Equal(1, exit);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("cut.pdf: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
