using System.Runtime.CompilerServices;
using System.Globalization;
using EcoBrief.Layout.Text;

namespace EcoBrief.Tests.Support;

/// <summary>
/// A fact that needs a font on this machine that has a character beyond the shipped fonts (CJK
/// Extension B) as TrueType outlines, and the poppler tools it reads the PDF with; skipped, with
/// the reason shown, where either is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresEmbeddableFontFactAttribute : FactAttribute
{
    /// <param name="codePoint">The character a system font must have.</param>
    /// <param name="tools">The programs the test reads the PDF with, comma-separated (<c>pdftotext,pdffonts</c>).</param>
    /// <param name="file">The test's file (the compiler's).</param>
    /// <param name="method">The test (the compiler's).</param>
    public RequiresEmbeddableFontFactAttribute(int codePoint, string tools, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        CodePoint = codePoint;
        if (tools.Split(',').FirstOrDefault(t => Tools.Find(t) is null) is { } tool)
        {
            Skipped.Because(this, $"{tool} is not installed (.ci/run installs it)", file, method);
        }
        else if (SystemFonts.FaceFor(codePoint, bold: false) is null || SystemFonts.FaceFor(codePoint, bold: true) is null)
        {
            Skipped.Because(this, string.Create(CultureInfo.InvariantCulture, $"no font on this machine has U+{codePoint:X4} {char.ConvertFromUtf32(codePoint)} as TrueType outlines (.ci/run installs fonts-hanazono)"), file, method);
        }
    }

    public int CodePoint { get; }
}
