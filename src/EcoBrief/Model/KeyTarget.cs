namespace EcoBrief.Model;

/// <summary>One of this year's main targets (今年的主要预期目标是：国内生产总值增长5%左右…).</summary>
/// <param name="Label">What is targeted, e.g. 国内生产总值增长.</param>
/// <param name="Value">The number as written.</param>
/// <param name="Unit">The unit as written (%, 万人, 个百分点…).</param>
/// <param name="Text">The target as it stands in the text, e.g. 5%左右.</param>
/// <param name="Qualifier">How the number binds: 左右, 以上, 以内, 以下, 低于, 不低于…; null when it stands bare.</param>
/// <param name="Span">Where the target stands.</param>
public sealed record KeyTarget(
    string Label,
    decimal Value,
    string Unit,
    string Text,
    string? Qualifier,
    SourceSpan Span);
