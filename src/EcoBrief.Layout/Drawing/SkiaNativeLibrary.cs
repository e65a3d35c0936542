using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace EcoBrief.Layout.Drawing;

/// <summary>
/// Which libSkiaSharp a Linux process loads. The one built against fontconfig is preferred: the
/// standalone build makes its font manager by opening every file under /usr/share/fonts, which costs
/// a cold run ~100 ms on a machine with desktop fonts. Where libfontconfig is missing that library
/// cannot load, and the standalone build shipped beside EcoBrief (skia-standalone/RID/) is loaded
/// instead, so the output is the same on any machine.
/// </summary>
public static class SkiaNativeLibrary
{
    private const string Name = "libSkiaSharp";

    /// <summary>The library loaded, once Skia is first used: "fontconfig" or "standalone"; null until then or off Linux.</summary>
    public static string? Loaded { get; private set; }

    /// <summary>Set the resolver before any Skia call of this process; done by the module initializer.</summary>
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "The resolver must be in place before the first call into Skia, whoever makes it.")]
    [ModuleInitializer]
    internal static void Install()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            NativeLibrary.SetDllImportResolver(typeof(SKObject).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // The host has set a resolver of its own for SkiaSharp: leave the choice to it.
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Name)
        {
            return IntPtr.Zero;
        }

        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
        {
            Loaded = "fontconfig";
            return handle;
        }

        var rid = $"linux-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        if (NativeLibrary.TryLoad(Path.Combine(AppContext.BaseDirectory, "skia-standalone", rid, "libSkiaSharp.so"), out handle))
        {
            Loaded = "standalone";
            return handle;
        }

        return IntPtr.Zero;
    }
}
