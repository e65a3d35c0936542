using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Ingest;

public sealed class ReportReaderTests
{
    [Fact]
    public void White_space_is_normalised_and_lines_map_back_to_the_original()
    {
        const string text = "标题\r\n\r\n\u3000\u3000第一段\u00A0文字\u200B。\r第二段。\n";
        var report = ReportReader.Clean(text);
        Assert.Equal(["标题", "第一段 文字。", "第二段。"], report.Lines.Select(l => l.Text));
        Assert.Equal([1, 3, 4], report.Lines.Select(l => l.Line));
        Assert.Equal(4, report.SourceLineAt(report.Text.IndexOf("第二段", StringComparison.Ordinal)));
        Assert.Equal(text, report.Original);
    }

    [Theory]
    [InlineData("地区生产总值增长 8.3% ；财政收入增长 12 %以上。", "地区生产总值增长 8.3%；财政收入增长 12%以上。")]
    [InlineData("物价涨幅控制在 3% 左右，新增就业 11 万人。", "物价涨幅控制在 3%左右，新增就业 11万人。")]
    [InlineData("一、 2023 年工作回顾", "一、2023年工作回顾")]
    [InlineData("比上年提高 0.5 个百分点 。", "比上年提高 0.5个百分点。")]
    public void Spaces_inside_a_numbers_phrase_go(string line, string expected)
    {
        Assert.Equal([expected], ReportReader.Clean(line).Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("政府工作报告 2004年2月24日在某某省人民代表大会上")]
    [InlineData("地区生产总值增长 5%左右")]
    [InlineData("2025年工作回顾 2025年，全省经济稳中有进。")]
    [InlineData("— 3 —")]
    [InlineData("2023 2024 2025")]
    public void A_space_that_parts_a_title_a_cell_or_numbers_stays(string line)
    {
        Assert.Equal([line], ReportReader.Clean(line).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Control_characters_are_removed_with_a_warning()
    {
        var report = ReportReader.Clean("第一段\u0007文字。");
        Assert.Equal("第一段文字。", report.Text);
        Assert.Contains(report.Diagnostics, w => w.Text.Contains("control", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_chrome_is_removed_and_its_source_and_date_lines_are_kept_aside()
    {
        var report = ReportReader.ReadFile(TestPaths.Seed);
        Assert.DoesNotContain("手机扫码", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("发表评论", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/摄", report.Text, StringComparison.Ordinal);
        Assert.Contains(report.Chrome, c => c.Kind == ChromeKind.Source);
        Assert.Contains(report.Chrome, c => c.Kind == ChromeKind.Dateline);
        Assert.EndsWith("刊发时有删减）", report.Lines[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gb18030_and_utf16_files_give_the_same_clean_text_as_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(TestPaths.Seed);
        var utf8 = ReportReader.Read(Encoding.UTF8.GetBytes(text)).Text;
        Assert.Equal(utf8, ReportReader.Read(Encoding.GetEncoding("GB18030").GetBytes(text)).Text);
        Assert.Equal(utf8, ReportReader.Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]).Text);
        Assert.Equal(utf8, ReportReader.Read([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]).Text);
    }

    [Fact]
    public void Missing_files_and_directories_are_refused_with_their_path()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal($"{dir}: is a directory, not a report file", Assert.Throws<InputRejectedException>(() => ReportReader.ReadFile(dir)).Message);
            var missing = Path.Combine(dir, "missing.txt");
            Assert.Equal($"{missing}: no such file", Assert.Throws<InputRejectedException>(() => ReportReader.ReadFile(missing)).Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
