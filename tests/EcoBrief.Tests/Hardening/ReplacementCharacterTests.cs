using System.Text;
using EcoBrief.Ingest;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// What the decoder had to replace with U+FFFD — lone UTF-16 surrogates, an odd last byte, byte
/// sequences neither UTF-8 nor GB18030 — is one warning with the count and the first line, never silent;
/// a U+FFFD the file really holds is text, not a warning.
/// </summary>
public sealed class ReplacementCharacterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-fffd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Lines = ["2024年工作报告", "一、过去一年工作回顾", "过去一年，我们坚持稳中求进。", "二、今年工作安排", "今年要推动高质量发展。"];

    /// <summary>The lines in UTF-16 (with its BOM), with <paramref name="insert"/> code units put at the start of line <paramref name="line"/>.</summary>
    private static byte[] Utf16(bool bigEndian, int line, params ushort[] insert)
    {
        var bytes = new List<byte>(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]);
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        for (var i = 0; i < Lines.Length; i++)
        {
            if (i + 1 == line)
            {
                foreach (var unit in insert)
                {
                    bytes.AddRange(bigEndian ? [(byte)(unit >> 8), (byte)unit] : [(byte)unit, (byte)(unit >> 8)]);
                }
            }

            bytes.AddRange(encoding.GetBytes(Lines[i] + "\r\n"));
        }

        return [.. bytes];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lone_surrogates_are_one_warning_with_their_count_and_first_line(bool bigEndian)
    {
        var report = ReportReader.Read(Utf16(bigEndian, 3, 0xD800, 0x41, 0xDC00));

        var warning = Assert.Single(report.Diagnostics, w => w.Text.Contains("U+FFFD", StringComparison.Ordinal));
        Assert.Equal("2 lone UTF-16 surrogate(s) or odd trailing byte replaced with U+FFFD, the first on line 3", warning.Text);
        Assert.Equal((EcoBrief.Diagnostics.DiagnosticStage.Ingest, "EB103", 3), (warning.Stage, warning.Code, warning.Line));
        Assert.Equal("\uFFFDA\uFFFD过去一年，我们坚持稳中求进。", report.Lines[2].Text);
    }

    [Fact]
    public void A_surrogate_pair_and_a_real_U_FFFD_are_no_warning()
    {
        var report = ReportReader.Read(Utf16(bigEndian: false, 3, 0xD840, 0xDC00, 0xFFFD));

        Assert.DoesNotContain(report.Diagnostics, w => w.Text.Contains("U+FFFD", StringComparison.Ordinal));
        Assert.StartsWith("𠀀\uFFFD", report.Lines[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_neither_UTF_8_nor_GB18030_are_one_warning_with_their_count_and_first_line()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", Lines)).ToList();
        var line4 = Encoding.UTF8.GetByteCount(string.Join("\n", Lines[..3]) + "\n");
        bytes.InsertRange(line4, [0xFF, 0x41, 0xFF, 0xFE]);

        var report = ReportReader.Read([.. bytes]);

        var warning = Assert.Single(report.Diagnostics, w => w.Text.Contains("U+FFFD", StringComparison.Ordinal));
        Assert.Equal("3 undecodable byte sequence(s) replaced with U+FFFD, the first on line 4 (neither valid UTF-8 nor GB18030)", warning.Text);
        Assert.Equal((EcoBrief.Diagnostics.DiagnosticStage.Ingest, "EB102", 4), (warning.Stage, warning.Code, warning.Line));
    }

    [Fact]
    public void The_command_prints_the_warning_once()
    {
        var path = Path.Combine(_dir, "report.txt");
        var seed = File.ReadAllText(TestPaths.Seed).Split('\n');
        var bytes = new List<byte>([0xFF, 0xFE]);
        for (var i = 0; i < seed.Length; i++)
        {
            if (i == 9)
            {
                bytes.AddRange([0x00, 0xD8]);
            }

            bytes.AddRange(Encoding.Unicode.GetBytes(seed[i] + (i + 1 < seed.Length ? "\n" : string.Empty)));
        }

        File.WriteAllBytes(path, [.. bytes]);

        var (exit, _, err) = CliRunner.Run("extract", path, "--json");

        Assert.Equal(0, exit);
        var warning = Assert.Single(err.Split('\n'), l => l.Contains("U+FFFD", StringComparison.Ordinal));
        Assert.Equal("ecobrief: warning: 1 lone UTF-16 surrogate(s) or odd trailing byte replaced with U+FFFD, the first on line 10", warning);
    }
}
