using System.Buffers.Binary;
using System.Globalization;

namespace EcoBrief.Layout.Text;

/// <summary>
/// Checks a font file's table directory before HarfBuzz reads it. HarfBuzz takes a cut-off file
/// without complaint (a table past the end is an empty table), so a truncated .ttf would load and
/// fail only later, when its glyphs are subset. The OpenType table directory
/// (ISO/IEC 14496-22 §4.5, and the TTC header of §4.6) says where every table is.
/// </summary>
internal static class SfntDirectory
{
    /// <summary>The tables every font HarfBuzz shapes with and Skia embeds needs (besides its outlines).</summary>
    private static readonly string[] Required = ["cmap", "head", "hhea", "hmtx", "maxp"];

    /// <summary>What is wrong with <paramref name="data"/> as face <paramref name="index"/> of a font file, or null when its tables are all there.</summary>
    public static string? Problem(ReadOnlySpan<byte> data, int index)
    {
        if (data.IsEmpty)
        {
            return "the file is empty";
        }

        if (data.Length < 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the file is {data.Length} bytes, too short for a font's header");
        }

        var directory = 0;
        if (data[..4].SequenceEqual("ttcf"u8))
        {
            var fonts = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
            if (index >= fonts || 12 + ((long)index * 4) + 4 > data.Length)
            {
                return "the file is cut short inside its collection header";
            }

            var at = BinaryPrimitives.ReadUInt32BigEndian(data[(12 + (index * 4))..]);
            if (at + 12L > data.Length)
            {
                return "the file is cut short before its table directory";
            }

            directory = (int)at;
        }

        if ((long)directory + 12 > data.Length)
        {
            return "the file is cut short before its table directory";
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(data[directory..]);
        if (version is not (0x00010000 or 0x4F54544F or 0x74727565))
        {
            return "it does not start as a TrueType or OpenType font";
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(data[(directory + 4)..]);
        if (directory + 12 + (tables * 16L) > data.Length)
        {
            return "the file is cut short inside its table directory";
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var end = 0L;
        for (var t = 0; t < tables; t++)
        {
            var record = data.Slice(directory + 12 + (t * 16), 16);
            found.Add(System.Text.Encoding.ASCII.GetString(record[..4]));
            end = Math.Max(end, (long)BinaryPrimitives.ReadUInt32BigEndian(record[8..]) + BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        if (end > data.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the file is cut short: it has {data.Length} bytes, its tables need {end}");
        }

        var missing = Required.Where(t => !found.Contains(t)).ToList();
        if (!found.Contains("glyf") && !found.Contains("CFF ") && !found.Contains("CFF2"))
        {
            missing.Add("glyf");
        }

        return missing.Count > 0 ? $"it has no '{string.Join("', '", missing)}' table" : null;
    }
}
