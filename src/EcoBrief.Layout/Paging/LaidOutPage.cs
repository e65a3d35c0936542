using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Paging;

/// <summary>One page, as the calls that draw it.</summary>
public sealed record LaidOutPage(int Number, float Width, float Height, RecordingCanvas Content);
