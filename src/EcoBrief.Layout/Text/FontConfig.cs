using System.Runtime.InteropServices;
using System.Text;

namespace EcoBrief.Layout.Text;

/// <summary>
/// Asks fontconfig (libfontconfig.so.1, loaded when first needed; absent on some machines) for
/// every font of this machine that has a character and has TrueType outlines, best match first.
/// Skia's font manager gives one font per character — fontconfig's first choice, which for CJK
/// Extension B is often a CFF font (Noto CJK) that a PDF subset cannot take — so when that one is
/// refused, <see cref="SystemFonts"/> asks here for the fonts behind it.
/// </summary>
internal static unsafe class FontConfig
{
    /// <summary>A font file and the face inside it.</summary>
    internal readonly record struct Candidate(string Path, int Index, string Family, bool Bold);

    private const int ResultMatch = 0;
    private const int MatchPattern = 0;
    private const int WeightRegular = 80;
    private const int WeightDemiBold = 180;
    private const int WeightBold = 200;

    private static readonly Lazy<Api?> Functions = new(Api.Load);

    /// <summary>True when libfontconfig could be loaded.</summary>
    internal static bool Available => Functions.Value is not null;

    /// <summary>
    /// The fonts with TrueType outlines that have <paramref name="codePoint"/>, in fontconfig's order
    /// for the weight asked; empty where fontconfig is missing. The same configuration always gives
    /// the same order.
    /// </summary>
    internal static IReadOnlyList<Candidate> TrueTypeFontsWith(int codePoint, bool bold)
    {
        var api = Functions.Value;
        if (api is null)
        {
            return [];
        }

        var found = new List<Candidate>();
        var pattern = api.PatternCreate();
        var charset = api.CharSetCreate();
        try
        {
            api.CharSetAddChar(charset, (uint)codePoint);
            fixed (byte* charsetKey = "charset\0"u8, formatKey = "fontformat\0"u8, weightKey = "weight\0"u8, trueType = "TrueType\0"u8)
            {
                api.PatternAddCharSet(pattern, charsetKey, charset);
                api.PatternAddString(pattern, formatKey, trueType);
                api.PatternAddInteger(pattern, weightKey, bold ? WeightBold : WeightRegular);
            }

            api.ConfigSubstitute(IntPtr.Zero, pattern, MatchPattern);
            api.DefaultSubstitute(pattern);
            int result;
            var set = api.FontSort(IntPtr.Zero, pattern, 0, null, &result);
            if (set == IntPtr.Zero)
            {
                return found;
            }

            try
            {
                var fonts = (FontSet*)set;
                for (var i = 0; i < fonts->Count; i++)
                {
                    if (Read(api, fonts->Fonts[i], codePoint) is { } candidate && !found.Contains(candidate))
                    {
                        found.Add(candidate);
                    }
                }
            }
            finally
            {
                api.FontSetDestroy(set);
            }
        }
        finally
        {
            api.CharSetDestroy(charset);
            api.PatternDestroy(pattern);
        }

        return found;
    }

    private static Candidate? Read(Api api, IntPtr font, int codePoint)
    {
        fixed (byte* fileKey = "file\0"u8, indexKey = "index\0"u8, familyKey = "family\0"u8, formatKey = "fontformat\0"u8,
               charsetKey = "charset\0"u8, weightKey = "weight\0"u8)
        {
            IntPtr charset;
            if (api.PatternGetCharSet(font, charsetKey, 0, &charset) != ResultMatch || api.CharSetHasChar(charset, (uint)codePoint) == 0)
            {
                return null;
            }

            if (String(api, font, formatKey, 0) != "TrueType" || String(api, font, fileKey, 0) is not { } file)
            {
                return null;
            }

            int index, weight;
            if (api.PatternGetInteger(font, indexKey, 0, &index) != ResultMatch)
            {
                index = 0;
            }

            if (api.PatternGetInteger(font, weightKey, 0, &weight) != ResultMatch)
            {
                weight = WeightRegular;
            }

            // The PDF names the font: the first family name in ASCII (a font often lists its native name too).
            string? family = null;
            for (var n = 0; String(api, font, familyKey, n) is { } name; n++)
            {
                if (name.All(char.IsAscii))
                {
                    family = name;
                    break;
                }
            }

            return new Candidate(file, index, family ?? System.IO.Path.GetFileNameWithoutExtension(file), weight >= WeightDemiBold);
        }
    }

    private static string? String(Api api, IntPtr font, byte* key, int n)
    {
        byte* value;
        return api.PatternGetString(font, key, n, &value) == ResultMatch && value is not null
            ? Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(value))
            : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct FontSet
    {
        public int Count;
        public int Size;
        public IntPtr* Fonts;
    }

    /// <summary>The functions of libfontconfig this class calls (fontconfig.h).</summary>
    private sealed class Api
    {
        public delegate* unmanaged<IntPtr> PatternCreate;
        public delegate* unmanaged<IntPtr, void> PatternDestroy;
        public delegate* unmanaged<IntPtr> CharSetCreate;
        public delegate* unmanaged<IntPtr, void> CharSetDestroy;
        public delegate* unmanaged<IntPtr, uint, int> CharSetAddChar;
        public delegate* unmanaged<IntPtr, uint, int> CharSetHasChar;
        public delegate* unmanaged<IntPtr, byte*, IntPtr, int> PatternAddCharSet;
        public delegate* unmanaged<IntPtr, byte*, byte*, int> PatternAddString;
        public delegate* unmanaged<IntPtr, byte*, int, int> PatternAddInteger;
        public delegate* unmanaged<IntPtr, IntPtr, int, int> ConfigSubstitute;
        public delegate* unmanaged<IntPtr, void> DefaultSubstitute;
        public delegate* unmanaged<IntPtr, IntPtr, int, IntPtr*, int*, IntPtr> FontSort;
        public delegate* unmanaged<IntPtr, void> FontSetDestroy;
        public delegate* unmanaged<IntPtr, byte*, int, byte**, int> PatternGetString;
        public delegate* unmanaged<IntPtr, byte*, int, int*, int> PatternGetInteger;
        public delegate* unmanaged<IntPtr, byte*, int, IntPtr*, int> PatternGetCharSet;

        public static Api? Load()
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsFreeBSD())
            {
                return null;
            }

            if (!NativeLibrary.TryLoad("libfontconfig.so.1", typeof(Api).Assembly, DllImportSearchPath.SafeDirectories, out var lib))
            {
                return null;
            }

            try
            {
                IntPtr F(string name) => NativeLibrary.GetExport(lib, name);
                return new Api
                {
                    PatternCreate = (delegate* unmanaged<IntPtr>)F("FcPatternCreate"),
                    PatternDestroy = (delegate* unmanaged<IntPtr, void>)F("FcPatternDestroy"),
                    CharSetCreate = (delegate* unmanaged<IntPtr>)F("FcCharSetCreate"),
                    CharSetDestroy = (delegate* unmanaged<IntPtr, void>)F("FcCharSetDestroy"),
                    CharSetAddChar = (delegate* unmanaged<IntPtr, uint, int>)F("FcCharSetAddChar"),
                    CharSetHasChar = (delegate* unmanaged<IntPtr, uint, int>)F("FcCharSetHasChar"),
                    PatternAddCharSet = (delegate* unmanaged<IntPtr, byte*, IntPtr, int>)F("FcPatternAddCharSet"),
                    PatternAddString = (delegate* unmanaged<IntPtr, byte*, byte*, int>)F("FcPatternAddString"),
                    PatternAddInteger = (delegate* unmanaged<IntPtr, byte*, int, int>)F("FcPatternAddInteger"),
                    ConfigSubstitute = (delegate* unmanaged<IntPtr, IntPtr, int, int>)F("FcConfigSubstitute"),
                    DefaultSubstitute = (delegate* unmanaged<IntPtr, void>)F("FcDefaultSubstitute"),
                    FontSort = (delegate* unmanaged<IntPtr, IntPtr, int, IntPtr*, int*, IntPtr>)F("FcFontSort"),
                    FontSetDestroy = (delegate* unmanaged<IntPtr, void>)F("FcFontSetDestroy"),
                    PatternGetString = (delegate* unmanaged<IntPtr, byte*, int, byte**, int>)F("FcPatternGetString"),
                    PatternGetInteger = (delegate* unmanaged<IntPtr, byte*, int, int*, int>)F("FcPatternGetInteger"),
                    PatternGetCharSet = (delegate* unmanaged<IntPtr, byte*, int, IntPtr*, int>)F("FcPatternGetCharSet"),
                };
            }
            catch (EntryPointNotFoundException)
            {
                return null;
            }
        }
    }
}
