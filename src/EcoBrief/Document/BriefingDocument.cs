using Markdig.Syntax;

namespace EcoBrief.Document;

/// <summary>The single document every writer reads: the Markdig AST, the settings from its front matter, and the Markdown it came from.</summary>
public sealed record BriefingDocument(MarkdownDocument Ast, DocumentSettings Settings, string Markdown);
