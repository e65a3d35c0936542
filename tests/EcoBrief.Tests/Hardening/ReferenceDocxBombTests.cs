using System.IO.Compression;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A reference document is a zip anyone can make: a part that inflates to gigabytes (a zip bomb) fails
/// with one line once its cap is reached, with memory bounded by that cap; only the parts the
/// handout takes are read.
/// </summary>
public sealed class ReferenceDocxBombTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-bomb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A minimal Word file whose <paramref name="bombed"/> part is <paramref name="megabytes"/> MB of white space inside its root element.</summary>
    private string Bomb(string bombed, int megabytes)
    {
        var path = Path.Combine(_dir, "bomb.docx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            if (name == bombed)
            {
                var root = xml.IndexOf('>', xml.IndexOf("<w:", StringComparison.Ordinal)) + 1;
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(Encoding.UTF8.GetBytes(xml[..root]));
                var blank = new byte[1024 * 1024];
                Array.Fill(blank, (byte)' ');
                for (var i = 0; i < megabytes; i++)
                {
                    s.Write(blank);
                }

                s.Write(Encoding.UTF8.GetBytes(xml[root..]));
                return;
            }

            using var w = new StreamWriter(zip.CreateEntry(name).Open());
            w.Write(xml);
        }

        Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
        Part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        Part("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        Part("word/document.xml", $"<w:document xmlns:w=\"{W}\"><w:body><w:p/><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr></w:body></w:document>");
        Part("word/styles.xml", $"<w:styles xmlns:w=\"{W}\"><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>");
        // A part the handout never takes: never inflated, however big.
        Part("word/media/huge.xml", $"<w:x xmlns:w=\"{W}\"></w:x>");
        return path;
    }

    private static byte[] Handout(string reference) =>
        DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "x.txt"), new DocxWriterOptions { ReferenceDocx = reference });

    [Fact]
    public void Styles_that_inflate_past_100_MB_fail_with_one_line_and_bounded_memory()
    {
        var path = Bomb("word/styles.xml", 120);
        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the bomb is small");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<InvalidDataException>(() => Handout(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal($"{path}: word/styles.xml inflates to more than the 16 MB limit for a part of a reference document", e.Message);
        Assert.True(allocated < 160L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated");
    }

    [Fact]
    public void A_body_that_inflates_past_the_cap_fails_too() =>
        Assert.Contains("word/document.xml inflates to more than", Assert.Throws<InvalidDataException>(() => Handout(Bomb("word/document.xml", 20))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_part_the_handout_does_not_take_is_never_inflated()
    {
        var bytes = Handout(Bomb("word/media/huge.xml", 120));
        Assert.Empty(EcoBrief.Tests.Docx.DocxWriterTests.Validate(bytes));
        Assert.Equal("12240", EcoBrief.Tests.Docx.DocxWriterTests.Part(bytes, "word/document.xml").Descendants(System.Xml.Linq.XName.Get("pgSz", W)).Single().Attribute(System.Xml.Linq.XName.Get("w", W))!.Value);
    }
}
