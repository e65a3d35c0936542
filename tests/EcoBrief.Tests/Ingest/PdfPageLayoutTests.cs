using EcoBrief.Ingest.Pdf;

namespace EcoBrief.Tests.Ingest;

public sealed class PdfPageLayoutTests
{
    /// <summary>Glyphs of <paramref name="text"/> at 10 pt, Chinese a full em and the rest half, each followed by <paramref name="spread"/> and a space glyph's width where the text has a space.</summary>
    private static List<PdfGlyph> Row(string text, double spread, bool drawSpaces = false)
    {
        var glyphs = new List<PdfGlyph>();
        var x = 0.0;
        foreach (var c in text)
        {
            var width = c > 0x2E80 ? 10 : 5;
            if (c == ' ')
            {
                if (drawSpaces)
                {
                    glyphs.Add(new PdfGlyph(" ", x, x + 3, 0, 10));
                }

                x += 3 + spread;
                continue;
            }

            glyphs.Add(new PdfGlyph(c.ToString(), x, x + width, 0, 10));
            x += width + spread;
        }

        return glyphs;
    }

    [Fact]
    public void A_justified_line_that_spreads_digits_apart_reads_them_as_one_number()
    {
        // Found by the round trips once the layout engine spread every glyph of a full line: 7 7 . 8 %.
        Assert.Equal("全国地下水点位比例为77.8%，同比上升0.2个百分点", PageLayout.Text(Row("全国地下水点位比例为77.8%，同比上升0.2个百分点", spread: 2.5)));
    }

    [Fact]
    public void A_space_is_still_a_space_on_a_justified_line()
    {
        Assert.Equal("推出“雄奇山水 新韵重庆”文旅宣传品牌", PageLayout.Text(Row("推出“雄奇山水 新韵重庆”文旅宣传品牌", spread: 2.5)));
        Assert.Equal("PM2.5 and COP28", PageLayout.Text(Row("PM2.5 and COP28", spread: 2.5)));
    }
}
