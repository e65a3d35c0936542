using System.Runtime.CompilerServices;

namespace EcoBrief.Tests.Support;

/// <summary>A theory about Linux only: skipped, with the reason shown, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute([CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        if (!OperatingSystem.IsLinux())
        {
            Skipped.Because(this, "Linux only", file, method);
        }
    }
}
