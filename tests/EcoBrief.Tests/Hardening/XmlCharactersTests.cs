using EcoBrief.Tests.Docx;
using EcoBrief.Tests.Support;
using EcoBrief.Writers;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A report may hold characters XML cannot carry (U+FFFF, U+FFFE, C0 controls): the handout and the
/// HTML leave out exactly what XML 1.0 §2.2 forbids, with a warning, instead of failing.
/// </summary>
public sealed class XmlCharactersTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-xmlchars-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private string SeedWith(string name, string insert) => TestPaths.SeedWith(_dir, name, insert);

    [Fact]
    public void Characters_xml_forbids_are_left_out_of_the_handout_with_a_warning()
    {
        var source = SeedWith("ffff.txt", "\uFFFF\uFFFE");
        var (exit, _, stderr) = CliRunner.Run("build", source, "-o", Out, "--formats", "docx,handout.html,json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("ecobrief: warning: ffff: handout.docx: left out 2 character(s) that XML 1.0 does not allow: U+FFFE, U+FFFF", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);

        var docx = File.ReadAllBytes(Path.Combine(Out, "ffff", "handout.docx"));
        var errors = DocxWriterTests.Validate(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        // The words around the characters are kept, joined.
        var seed = File.ReadAllText(TestPaths.Seed);
        var after = seed.Substring(seed.IndexOf("一是", StringComparison.Ordinal) + 2, 8);
        Assert.Contains(after, DocxWriterTests.Part(docx, "word/document.xml").Root!.Value, StringComparison.Ordinal);

        var html = File.ReadAllText(Path.Combine(Out, "ffff", "handout.html"));
        Assert.DoesNotContain('\uFFFF', html);
        Assert.DoesNotContain('\uFFFE', html);
    }

    [Theory]
    [InlineData("生态环境\t\n\r", "生态环境\t\n\r")]
    [InlineData("a\uFFFFb\uFFFEc", "abc")]
    [InlineData("\u0000\u0001\u0008\u000B\u000C\u001F", "")]
    [InlineData("𠀀 😀 \uE000 \uFFFD", "𠀀 😀 \uE000 \uFFFD")] // pairs, private use and U+FFFD are allowed
    public void Clean_leaves_out_only_what_xml_forbids(string text, string expected)
    {
        var removed = new List<int>();
        Assert.Equal(expected, XmlCharacters.Clean(text, removed));
        Assert.Equal(text.Length - expected.Length, removed.Count);
    }

    [Fact]
    public void Lone_surrogates_are_left_out_and_pairs_kept()
    {
        // Built here, not in attributes: a test name cannot hold a lone surrogate.
        var text = "a" + '\uD800' + "b" + '\uDC00' + "c\uD840\uDC00";
        Assert.Equal("abc\uD840\uDC00", XmlCharacters.Clean(text));
        Assert.Equal(1, XmlCharacters.IndexOfForbidden(text));
    }

    [Fact]
    public void A_clean_text_is_returned_as_it_is()
    {
        var text = "一是持续深入打好蓝天保卫战。";
        Assert.Same(text, XmlCharacters.Clean(text));
        Assert.Null(XmlCharacters.Warning([]));
        Assert.Equal("left out 3 character(s) that XML 1.0 does not allow: U+000B, U+FFFF", XmlCharacters.Warning([0xFFFF, 0x0B, 0xFFFF]));
    }
}
