using System.Runtime.CompilerServices;

namespace EcoBrief.Tests.Support;

/// <summary>A fact that needs LibreOffice Calc (soffice with its spreadsheet module); skipped, with the reason shown, where it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresCalcFactAttribute : FactAttribute
{
    public RequiresCalcFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var soffice = Tools.Find("soffice");
        if (soffice is null)
        {
            Skipped.Because(this, "soffice is not installed (.ci/run installs it)", file, method);
            return;
        }

        // The program folder of a LibreOffice install holds Calc's library when Calc is installed (Debian: libreoffice-calc-nogui).
        var program = Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice)!;
        if (!File.Exists(Path.Combine(program, "libsclo.so")) && !File.Exists(Path.Combine(program, "sclo.dll")))
        {
            Skipped.Because(this, $"LibreOffice Calc is not installed (no libsclo.so in {program}; .ci/run installs libreoffice-calc-nogui)", file, method);
        }
    }
}
