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
    public void Shorten_cuts_at_a_clause_boundary_within_the_columns()
    {
        const string title = "坚持精准、科学、依法治污，持续深入打好污染防治攻坚战";
        Assert.Equal("坚持精准、科学、依法治污", TemplateFunctions.Shorten(title, 30));
        Assert.Equal(title, TemplateFunctions.Shorten(title, 60));
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
