using System.Text;
using EcoBrief.Chinese;

namespace EcoBrief.Benchmarks;

/// <summary>A report of any size in the seed's genre: sections of numbered items built from the seed's paragraphs.</summary>
internal static class SyntheticReport
{
    public static string Make(string seed, int targetBytes)
    {
        var paragraphs = seed.Split('\n').Where(l => l.Length > 60 && l.Contains('。', StringComparison.Ordinal)).ToArray();
        var sb = new StringBuilder(targetBytes / 2);
        sb.Append("某某部部长某某：合成的工作报告\n来源：测试\n");
        var section = 0;
        var p = 0;
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes)
        {
            section = (section % 99) + 1;
            sb.Append(ChineseNumeral.Format(section)).Append("、第").Append(section).Append("部分工作任务\n");
            for (var item = 1; item <= 8; item++)
            {
                var text = paragraphs[p++ % paragraphs.Length];
                var body = text.StartsWith('(') || text.StartsWith('（') ? text[3..] : text;
                sb.Append('（').Append(ChineseNumeral.Format(item)).Append('）').Append(body).Append('\n');
            }
        }

        return sb.ToString();
    }
}
