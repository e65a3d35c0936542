namespace EcoBrief.Ingest;

/// <summary>A line of the source joined into a <see cref="SourceLine"/> after its first: the offset where it starts in the joined text, and its number.</summary>
/// <param name="Offset">Where the joined line starts in <see cref="SourceLine.Text"/>.</param>
/// <param name="Line">Its number in the source (<see cref="SourceMap"/>).</param>
public readonly record struct JoinedLine(int Offset, int Line);
