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
    public RequiresEmbeddableFontFactAttribute(int codePoint, params string[] tools)
    {
        CodePoint = codePoint;
        if (tools.FirstOrDefault(t => Tools.Find(t) is null) is { } tool)
        {
            Skip = $"{tool} is not installed (.ci/run installs it)";
        }
        else if (SystemFonts.FaceFor(codePoint, bold: false) is null || SystemFonts.FaceFor(codePoint, bold: true) is null)
        {
            Skip = string.Create(CultureInfo.InvariantCulture, $"no font on this machine has U+{codePoint:X4} {char.ConvertFromUtf32(codePoint)} as TrueType outlines (.ci/run installs fonts-hanazono)");
        }
    }

    public int CodePoint { get; }
}
