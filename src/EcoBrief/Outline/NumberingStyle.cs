namespace EcoBrief.Outline;

/// <summary>The numbering conventions of Chinese official documents (GB/T 9704 §7.3.3 and common practice).</summary>
public enum NumberingStyle
{
    /// <summary>一、</summary>
    ChineseComma,

    /// <summary>（一） or (一)</summary>
    ParenChinese,

    /// <summary>1. 1、 1．</summary>
    ArabicDot,

    /// <summary>（1） or (1)</summary>
    ParenArabic,

    /// <summary>① ② ③</summary>
    Circled,

    /// <summary>第一， 第二、 at the start of a paragraph.</summary>
    Ordinal,

    /// <summary>一是 二是 at the start of a paragraph.</summary>
    Enumeration,

    /// <summary>—— lead lines (the indicator paragraphs of a 政府工作报告), and bullets (● • ◆ ■ ★ ▶) that stand where they do.</summary>
    Dash,
}
