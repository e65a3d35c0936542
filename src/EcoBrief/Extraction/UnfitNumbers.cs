using System.Globalization;
using System.Text.RegularExpressions;
using EcoBrief.Diagnostics;
using EcoBrief.Ingest;

namespace EcoBrief.Extraction;

/// <summary>
/// Quantities whose number cannot be a figure's value: more digits than a decimal holds (28 or 29:
/// a 40-digit amount, 99999999999999999999999999999亿元) or written with an exponent (1e308亿元). They
/// are left out of the figures, as before, but no longer silently: one warning for the report, with
/// the count and the first one's line. A number with more decimals than a decimal holds is kept,
/// rounded; a negative change (增长-3.5%) is a figure with its sign (<see cref="KeyFigureExtractor"/>).
/// </summary>
internal static partial class UnfitNumbers
{
    /// <summary>A number with an exponent; what follows it is a unit when a quantity starts at its exponent's digits.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9.])[0-9]+(?:\.[0-9]+)?[eE][+\-]?(?<exponent>[0-9]+)")]
    private static partial Regex Exponent();

    private const int Shown = 24;

    /// <summary>The warning for <paramref name="report"/>'s unfit quantities, or null when it has none.</summary>
    public static Diagnostic? Find(IngestedReport report)
    {
        var count = 0;
        (int Line, string Text)? first = null;
        foreach (var line in report.Lines)
        {
            foreach (Match m in KeyFigureExtractor.Quantities(line.Text))
            {
                if (!KeyFigureExtractor.TryValue(m, out _))
                {
                    count++;
                    first ??= (line.Line, m.Value);
                }
            }

            foreach (Match e in Exponent().Matches(line.Text))
            {
                var exponent = e.Groups["exponent"];
                if (KeyFigureExtractor.Quantities(line.Text[exponent.Index..]) is { Count: > 0 } q && q[0].Index == 0)
                {
                    count++;
                    first ??= (line.Line, line.Text[e.Index..(exponent.Index + q[0].Length)]);
                }
            }
        }

        if (first is not { } f)
        {
            return null;
        }

        var text = f.Text.Length > Shown ? f.Text[..Shown] + "…" : f.Text;
        return DiagnosticKinds.UnfitNumbers.At(f.Line, string.Create(CultureInfo.InvariantCulture,
            $"{count} quantit{(count == 1 ? "y" : "ies")} left out of the figures: the number does not fit (more than 28 digits, or written with an exponent), the first on line {f.Line}: {text}"));
    }
}
