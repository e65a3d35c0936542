using System.Runtime.CompilerServices;

namespace EcoBrief.Tests.Support;

/// <summary>A fact about Linux only: skipped, with the reason shown, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        if (!OperatingSystem.IsLinux())
        {
            Skipped.Because(this, "Linux only", file, method);
        }
    }
}
