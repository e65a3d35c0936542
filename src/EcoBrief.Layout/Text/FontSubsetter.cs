using System.Runtime.InteropServices;

namespace EcoBrief.Layout.Text;

/// <summary>
/// Cuts a font down to the glyphs a document uses, keeping glyph ids (so shaped text needs no
/// remapping) and the cmap of the characters used (so PDF readers extract exact text). HarfBuzz's
/// subsetter ships inside libHarfBuzzSharp but HarfBuzzSharp does not wrap it: these are the few
/// entry points EcoBrief needs.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    private const uint RetainGlyphIds = 0x00000002;
    private const uint NotdefOutline = 0x00000040;

    public static byte[] Subset(FontFace font, IEnumerable<uint> glyphs, IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not start a subset");
        }

        try
        {
            hb_subset_input_set_flags(input, RetainGlyphIds | NotdefOutline);
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var g in glyphs)
            {
                hb_set_add(glyphSet, g);
            }

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints)
            {
                hb_set_add(unicodeSet, (uint)cp);
            }

            var subset = hb_subset_or_fail(font.HarfBuzzFace.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {font.Name}");
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>hb_font_make_immutable, which HarfBuzzSharp does not wrap: an immutable font is safe to shape with from many threads.</summary>
    internal static void MakeImmutable(IntPtr font) => hb_font_make_immutable(font);

    [LibraryImport(Library)]
    private static partial void hb_font_make_immutable(IntPtr font);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
