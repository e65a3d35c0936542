namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// One character a page draws, in the page's reading space (the page turned so that its text runs left
/// to right and its lines top to bottom; y grows upwards, as in PDF).
/// </summary>
/// <param name="Text">Its Unicode text (one character, or a ligature's few).</param>
/// <param name="X0">Where it starts along the line.</param>
/// <param name="X1">Where it ends (its advance).</param>
/// <param name="Y">Its baseline.</param>
/// <param name="Size">Its font size, in points.</param>
internal readonly record struct PdfGlyph(string Text, double X0, double X1, double Y, double Size)
{
    public bool IsSpace => Text.Length == 1 && char.IsWhiteSpace(Text[0]);
}
