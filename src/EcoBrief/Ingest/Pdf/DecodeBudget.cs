using EcoBrief.Diagnostics;
using EcoBrief.IO;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// How many bytes a PDF's compressed streams (pages, fonts, object streams) may decode to, in all: a
/// stream is measured before it is decoded (<see cref="BoundedFilterProvider"/>), so one that would
/// inflate past the budget is refused before its bytes are made.
/// </summary>
internal sealed class DecodeBudget(long limit)
{
    private long _used;

    public long Limit { get; } = limit;

    /// <summary>Whether a stream went past the budget (a decoder may have swallowed the exception that said so).</summary>
    public bool Exceeded { get; private set; }

    /// <summary>Counts <paramref name="bytes"/> more; throws once the budget is passed.</summary>
    public void Spend(long bytes)
    {
        _used += bytes;
        if (_used > Limit)
        {
            Exceeded = true;
            throw Refusal();
        }
    }

    public InputRejectedException Refusal() =>
        new($"not a PDF EcoBrief reads: its compressed streams decode to more than {InputLimits.Describe(Limit)} (a decompression bomb?)");
}
