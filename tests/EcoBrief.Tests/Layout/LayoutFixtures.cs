using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;

namespace EcoBrief.Tests.Layout;

internal static class LayoutFixtures
{
    public static readonly FontChain Serif = new(FontFace.ShippedFont(FontFace.SerifRegular), FontFace.ShippedFont(FontFace.SansRegular));

    public static TextStyle Body(float size = 12) => new(Serif, size, Color.Black);

    public const string Paragraph =
        "坚持精准、科学、依法治污，持续深入打好污染防治攻坚战。全国地级及以上城市细颗粒物（PM2.5）平均浓度为30微克/立方米，好于年度目标近3微克/立方米。" +
        "全国优良天数比率为85.5%，同比上升1.5个百分点。推动联合国气候变化迪拜大会（COP28）取得积极成果；罚没款数额总计62.7亿元。印发《空气质量持续改善行动计划》——这是“两个维护”的要求……";

    public static TextBlock Text(string text, float size = 12, TextAlignment alignment = TextAlignment.Justify) => new([new TextSpan(text, Body(size))], alignment);
}
