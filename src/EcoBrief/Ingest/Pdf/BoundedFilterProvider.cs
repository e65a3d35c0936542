using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// PdfPig's decoders, each measured against a <see cref="DecodeBudget"/> before it decodes: Flate and
/// run-length streams are first counted without being kept (a stream of a megabyte can inflate to
/// gigabytes), LZW streams by a decoder that counts (ISO 32000-1 §7.4.4); the others shrink, or are
/// pictures, which reading text never decodes.
/// </summary>
internal sealed class BoundedFilterProvider : BaseFilterProvider
{
    public BoundedFilterProvider(DecodeBudget budget)
        : base(Wrap(budget))
    {
    }

    private static Dictionary<string, IFilter> Wrap(DecodeBudget budget)
    {
        var filters = new Dictionary<string, IFilter>(StringComparer.Ordinal);
        foreach (var (name, kind) in Names)
        {
            var inner = DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)]);
            if (inner.Count == 1)
            {
                filters[name] = new Measured(inner[0], kind, budget);
            }
        }

        return filters;
    }

    private static readonly (string Name, Kind Kind)[] Names =
    [
        ("FlateDecode", Kind.Flate), ("Fl", Kind.Flate),
        ("RunLengthDecode", Kind.RunLength), ("RL", Kind.RunLength),
        ("LZWDecode", Kind.Lzw), ("LZW", Kind.Lzw),
        ("ASCII85Decode", Kind.Shrinking), ("A85", Kind.Shrinking),
        ("ASCIIHexDecode", Kind.Shrinking), ("AHx", Kind.Shrinking),
        ("CCITTFaxDecode", Kind.Picture), ("CCF", Kind.Picture),
        ("DCTDecode", Kind.Picture), ("DCT", Kind.Picture),
        ("JBIG2Decode", Kind.Picture), ("JPXDecode", Kind.Picture),
    ];

    private enum Kind
    {
        Flate,
        RunLength,
        Lzw,
        Shrinking,
        Picture,
    }

    private sealed class Measured(IFilter inner, Kind kind, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Spend(kind switch
            {
                Kind.Flate => InflatedLength(input.Span, budget.Limit),
                Kind.RunLength => RunLengthLength(input.Span),
                Kind.Lzw => LzwLength(input.Span, budget.Limit),
                Kind.Shrinking => input.Length,
                _ => 0,
            });
            return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }

        /// <summary>What a zlib (or raw deflate) stream inflates to, counted in a small buffer up to <paramref name="limit"/> + 1.</summary>
        private static long InflatedLength(ReadOnlySpan<byte> data, long limit)
        {
            if (data.Length < 2)
            {
                return 0;
            }

            // A zlib header (RFC 1950) is two bytes; PDF writers that omit it write raw deflate.
            var skip = (data[0] & 0x0F) == 8 && ((data[0] << 8) | data[1]) % 31 == 0 ? 2 : 0;
            using var deflate = new DeflateStream(new MemoryStream(data[skip..].ToArray(), writable: false), CompressionMode.Decompress);
            var buffer = new byte[64 * 1024];
            long total = 0;
            try
            {
                int n;
                while ((n = deflate.Read(buffer)) > 0)
                {
                    total += n;
                    if (total > limit)
                    {
                        break;
                    }
                }
            }
            catch (InvalidDataException)
            {
                // A damaged stream: the decoder will say so, or recover what it can.
            }

            return total;
        }

        /// <summary>What a run-length stream decodes to (ISO 32000-1 §7.4.5): a length byte, then that many bytes or one byte repeated.</summary>
        private static long RunLengthLength(ReadOnlySpan<byte> data)
        {
            long total = 0;
            for (var i = 0; i < data.Length;)
            {
                var length = data[i];
                if (length == 128)
                {
                    break;
                }

                if (length < 128)
                {
                    total += length + 1;
                    i += length + 2;
                }
                else
                {
                    total += 257 - length;
                    i += 2;
                }
            }

            return total;
        }

        /// <summary>What an LZW stream decodes to, counted with a table of string lengths only (up to <paramref name="limit"/> + 1).</summary>
        private static long LzwLength(ReadOnlySpan<byte> data, long limit)
        {
            const int Clear = 256;
            const int End = 257;
            var lengths = new int[4096];
            var next = 258;
            var width = 9;
            var previous = -1;
            long total = 0;
            var bits = 0;
            var buffer = 0;
            foreach (var b in data)
            {
                buffer = (buffer << 8) | b;
                bits += 8;
                while (bits >= width)
                {
                    var code = (buffer >> (bits - width)) & ((1 << width) - 1);
                    bits -= width;
                    if (code == End)
                    {
                        return total;
                    }

                    if (code == Clear)
                    {
                        next = 258;
                        width = 9;
                        previous = -1;
                        continue;
                    }

                    var length = code < 256 ? 1 : code < next ? lengths[code] : previous >= 0 ? (previous < 256 ? 1 : lengths[previous]) + 1 : 1;
                    total += length;
                    if (total > limit)
                    {
                        return total;
                    }

                    if (previous >= 0 && next < 4096)
                    {
                        lengths[next++] = (previous < 256 ? 1 : lengths[previous]) + 1;
                    }

                    // The early change of §7.4.4.2 (the default): the width grows one code early.
                    if (next + 1 >= (1 << width) && width < 12)
                    {
                        width++;
                    }

                    previous = code;
                }
            }

            return total;
        }
    }
}
