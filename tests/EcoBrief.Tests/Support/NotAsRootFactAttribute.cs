using System.Runtime.CompilerServices;

namespace EcoBrief.Tests.Support;

/// <summary>A fact about file permissions, which root ignores: skipped, with the reason shown, when the tests run as root.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotAsRootFactAttribute : FactAttribute
{
    public NotAsRootFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Skipped.Because(this, "file permissions do not bind root (or this is Windows)", file, method);
        }
    }
}
