namespace EcoBrief.Publishing;

/// <summary>One published file, in memory: its name in the report's folder and its bytes.</summary>
public sealed record PublishedFile(string FileName, byte[] Bytes);
