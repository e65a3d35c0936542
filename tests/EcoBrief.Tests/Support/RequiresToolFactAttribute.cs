using System.Runtime.CompilerServices;

namespace EcoBrief.Tests.Support;

/// <summary>A fact that needs a program on PATH (pdftotext, soffice …); skipped, with the reason shown, where it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(string tool, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        Tool = tool;
        if (Tools.Find(tool) is null)
        {
            Skipped.Because(this, $"{tool} is not installed (.ci/run installs it)", file, method);
        }
    }

    public string Tool { get; }
}
