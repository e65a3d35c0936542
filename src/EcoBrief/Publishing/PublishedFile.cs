namespace EcoBrief.Publishing;

/// <summary>One rendered file, in memory: its name in the document's folder and its bytes.</summary>
public sealed record PublishedFile(string FileName, byte[] Bytes);
