using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Ingest;

namespace EcoBrief.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Chinese = "一、全国生态环境保护工作取得积极进展。PM2.5平均浓度为30微克/立方米。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_without_bom_is_read_as_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Chinese));
        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal("UTF-8", decoded.EncodingName);
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chinese)]);
        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal("UTF-8 (BOM)", decoded.EncodingName);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16LE")]
    [InlineData("utf-16BE", "UTF-16BE")]
    public void Utf16_with_bom_is_detected(string encoding, string expected)
    {
        var enc = Encoding.GetEncoding(encoding);
        var decoded = TextDecoder.Decode([.. enc.GetPreamble(), .. enc.GetBytes(Chinese)]);
        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal(expected, decoded.EncodingName);
    }

    [Fact]
    public void Utf16_without_bom_is_detected_from_its_nul_pattern()
    {
        var text = "Report 2024\nPM2.5 = 30\n" + Chinese;
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(text));
        Assert.Equal(text, decoded.Text);
        Assert.Equal("UTF-16LE", decoded.EncodingName);
    }

    [Fact]
    public void Gb18030_bytes_that_are_not_utf8_are_read_as_gb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Chinese);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal("GB18030", decoded.EncodingName);
    }

    [Fact]
    public void Gbk_text_is_read_as_gb18030()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("（一）坚持精准治污，持续深入打好污染防治攻坚战。");
        Assert.Equal("（一）坚持精准治污，持续深入打好污染防治攻坚战。", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf8_cut_inside_its_last_character_keeps_the_whole_characters_and_warns()
    {
        var bytes = Encoding.UTF8.GetBytes(Chinese + "进");
        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1));
        Assert.Equal(Chinese, decoded.Text);
        Assert.Contains(decoded.Diagnostics, w => w.Text.Contains("incomplete UTF-8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46 }, "NUL")]
    public void Binary_input_is_refused_with_one_line(byte[] bytes, string what)
    {
        var e = Assert.Throws<InputRejectedException>(() => TextDecoder.Decode(bytes));
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Empty_and_blank_files_are_refused()
    {
        Assert.Contains("empty", Assert.Throws<InputRejectedException>(() => TextDecoder.Decode([])).Message, StringComparison.Ordinal);
        Assert.Contains("white space", Assert.Throws<InputRejectedException>(() => TextDecoder.Decode(" \n\t\u3000\n"u8.ToArray())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mostly_control_characters_are_refused()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(1 + (i % 8))).ToArray();
        Assert.Contains("control characters", Assert.Throws<InputRejectedException>(() => TextDecoder.Decode(bytes)).Message, StringComparison.Ordinal);
    }
}
