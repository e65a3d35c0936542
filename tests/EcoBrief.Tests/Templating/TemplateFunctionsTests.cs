using EcoBrief.Templating;

namespace EcoBrief.Tests.Templating;

public sealed class TemplateFunctionsTests
{
    [Theory]
    [InlineData("2024-05-28", "2024年5月28日")]
    [InlineData("2024-01-02", "2024年1月2日")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("五月", "五月")]
    [InlineData("2024-02-30", "2024-02-30")]
    [InlineData("2024-2-3", "2024-2-3")]
    [InlineData("２０２４-０５-２８", "２０２４-０５-２８")]
    [InlineData("2024-05-28T00", "2024-05-28T00")]
    [InlineData("+024-05-28", "+024-05-28")]
    public void Dates_are_written_in_chinese(string? iso, string expected) => Assert.Equal(expected, TemplateFunctions.DateCn(iso));

    [Fact]
    public void Shorten_cuts_at_a_clause_boundary_within_the_columns_and_marks_the_cut()
    {
        const string title = "坚持精准、科学、依法治污，持续深入打好污染防治攻坚战";
        Assert.Equal("坚持精准、科学、依法治污…", TemplateFunctions.Shorten(title, 30));
        Assert.Equal(title, TemplateFunctions.Shorten(title, 60));
    }

    [Fact]
    public void Shorten_never_cuts_inside_a_list_of_things()
    {
        // Regression: 地铁、 市中心区各项目、盐坝高速公路、东部黄金海岸 read as a whole line, the list cut at a 、 without a mark.
        var s = TemplateFunctions.Shorten("重点建设了地铁、市中心区各项目、盐坝高速公路、东部黄金海岸旅游度假区等一批重大工程，城市面貌焕然一新。", 60);
        Assert.Equal("重点建设了地铁、市中心区各项目、盐坝高速公路、东部黄金海岸旅游度假区等一批重大工程…", s);
    }

    [Fact]
    public void Shorten_never_parts_a_number_from_its_unit()
    {
        // Regression: 年底市属国有及国有控股企业总资产17… (the 00亿元 cut away).
        var s = TemplateFunctions.Shorten("国有经济实力进一步壮大年底市属国有及国有控股企业总资产1700亿元比上年增长百分之十二点五", 60);
        Assert.EndsWith("…", s, StringComparison.Ordinal);
        Assert.DoesNotContain("17…", s, StringComparison.Ordinal);
        Assert.True(s.Contains("1700亿元", StringComparison.Ordinal) || !s.Contains("17", StringComparison.Ordinal), s);
    }

    [Theory]
    [InlineData("交通建设有了突破性进展，相继在长江、嘉陵江上建成一批大桥，高速公路通车里程突破1000公里", 40)]
    [InlineData("实施“科教兴渝”战略取得重大进展；加快发展高新技术产业，高新技术产品产值占工业总产值的比重达到百分之二十", 50)]
    [InlineData("深入学习邓小平理论和“三个代表”重要思想，加强爱国主义、集体主义和社会主义教育，弘扬民族精神", 60)]
    public void Every_shortened_text_ends_in_an_ellipsis_and_after_a_whole_clause(string text, int columns)
    {
        var s = TemplateFunctions.Shorten(text, columns);
        Assert.EndsWith("…", s, StringComparison.Ordinal);
        var kept = s[..^1];
        Assert.StartsWith(kept, text, StringComparison.Ordinal);
        Assert.Contains(text[kept.Length], "，；：。！？");
    }

    [Fact]
    public void Shorten_without_a_boundary_cuts_hard_with_an_ellipsis()
    {
        var s = TemplateFunctions.Shorten("生态环境改善由量变到质变的拐点尚未到来", 10);
        Assert.Equal("生态环境…", s);
        Assert.True(EcoBrief.Chinese.DisplayWidth.Of(s) <= 10);
    }

    [Theory]
    [InlineData(85.0, "85")]
    [InlineData(7.96, "7.96")]
    public void Numbers_are_invariant(double value, string expected) => Assert.Equal(expected, TemplateFunctions.FormatNumber(value));

    [Fact]
    public void Decimals_keep_their_written_scale() => Assert.Equal("85.0", TemplateFunctions.FormatNumber(85.0m));

    [Fact]
    public void Yaml_strings_are_quoted_and_escaped() => Assert.Equal("\"他说：\\\"好\\\"\"", TemplateFunctions.Yaml("他说：\"好\""));
}
