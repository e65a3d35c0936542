using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>A quoted term (“…”) of the new report that the old one never uses (新提法).</summary>
/// <param name="Term">The term, without its quotation marks.</param>
/// <param name="Count">How often the new report quotes it.</param>
/// <param name="Sentence">The sentence of its first use.</param>
/// <param name="Span">Where it is first quoted in the new report (the old report has no span: it lacks the term).</param>
public sealed record NewPhrase(string Term, int Count, string Sentence, SourceSpan Span);
