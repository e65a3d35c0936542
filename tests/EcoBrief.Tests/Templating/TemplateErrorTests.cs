using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Templating;

/// <summary>Every template failure: one line with the place, exit 1, and no output written.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-templates-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Err, bool Written) Render(string template, string? partialName = null, string? partial = null)
    {
        File.WriteAllText(Path.Combine(_dir, "t.md.sbn"), template);
        if (partialName is not null)
        {
            Directory.CreateDirectory(Path.Combine(_dir, "partials"));
            File.WriteAllText(Path.Combine(_dir, partialName), partial);
        }

        var output = Path.Combine(_dir, "out", "t.md");
        var (exit, _, err) = CliRunner.Run("render", TestPaths.Seed, "--templates", _dir, "--template", "t", "-o", output);
        return (exit, err, File.Exists(output));
    }

    [Fact]
    public void Every_group_of_scriban_builtins_is_there_though_each_is_made_on_first_use()
    {
        var template = "# 标题\n\n{{ math.round 1.6 }} {{ \"a-b\" | regex.replace \"-\" \"+\" }} {{ \"<b>\" | html.escape }} " +
            "{{ (date.parse \"2024-05-28\") | date.to_string \"%Y\" }} {{ timespan.from_days 2 }} {{ object.typeof 1 }} " +
            "{{ [3, 1, 2] | array.sort | array.join \",\" }} {{ \"ab\" | string.upcase }} {{ empty == null }}\n";
        File.WriteAllText(Path.Combine(_dir, "t.md.sbn"), template);
        var output = Path.Combine(_dir, "out", "t.md");
        var (exit, _, err) = CliRunner.Run("render", TestPaths.Seed, "--templates", _dir, "--template", "t", "-o", output);
        Assert.True(exit == 0, err);
        Assert.Contains("2 a+b &lt;b&gt; 2024 2.00:00:00 number 1,2,3 AB", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_names_file_line_and_column()
    {
        var (exit, err, written) = Render("# 标题\n\n{{ for x in }}\n{{ end }}");
        Assert.Equal(1, exit);
        Assert.False(written);
        Assert.StartsWith($"ecobrief: error: {Path.Combine(_dir, "t.md.sbn")}(3,", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void An_undefined_variable_is_an_error_in_strict_mode()
    {
        var (exit, err, written) = Render("# {{ meta.title }}\n{{ no_such_variable }}");
        Assert.Equal(1, exit);
        Assert.False(written);
        Assert.Contains("(2,4):", err, StringComparison.Ordinal);
        Assert.Contains("no_such_variable", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_called_with_the_wrong_number_of_arguments_says_so()
    {
        var (exit, err, written) = Render("# 标题\n{{ shorten meta.title }}");
        Assert.Equal(1, exit);
        Assert.False(written);
        Assert.Contains("t.md.sbn(2,", err, StringComparison.Ordinal);
        Assert.Contains("Invalid number of arguments `1` passed to `shorten meta.title` while expecting `2` arguments", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_built_in_function_cannot_be_replaced()
    {
        var (exit, err, _) = Render("{{ shorten = 1 }}");
        Assert.Equal(1, exit);
        Assert.Contains("Cannot set the readonly variable `shorten`", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_member_of_the_model_is_an_error()
    {
        var (exit, err, _) = Render("{{ meta.no_such_field }}");
        Assert.Equal(1, exit);
        Assert.Contains("no_such_field", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        var (exit, err, written) = Render("{{ for i in 1..10000000 }}x{{ end }}");
        Assert.Equal(1, exit);
        Assert.False(written);
        Assert.Contains("(1,", err, StringComparison.Ordinal);
        Assert.Contains("loop", err, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        var (exit, err, _) = Render("{{ include 'partials/self.sbn' }}", Path.Combine("partials", "self.sbn"), "{{ include 'partials/self.sbn' }}");
        Assert.Equal(1, exit);
        Assert.Contains("recursive", err, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("../secret.sbn")]
    [InlineData("partials/../../secret.sbn")]
    [InlineData("/etc/passwd")]
    public void An_include_outside_the_templates_folder_is_refused(string name)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_dir)!, "secret.sbn"), "secret");
        var (exit, err, written) = Render($"{{{{ include '{name}' }}}}");
        Assert.Equal(1, exit);
        Assert.False(written);
        Assert.Contains("include refused", err, StringComparison.Ordinal);
        Assert.Contains("(1,4)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("secret\n", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_front_matter_setting_is_an_error_with_its_place()
    {
        var (exit, err, written) = Render("---\npreset: gbt9704\nfont_size: 12\n---\n# 标题\n");
        Assert.Equal(1, exit);
        Assert.False(written);
        Assert.Contains("front matter 2,1", err, StringComparison.Ordinal);
        Assert.Contains("unknown setting 'font_size'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_is_an_error()
    {
        var output = Path.Combine(_dir, "out.md");
        var (exit, _, err) = CliRunner.Run("render", TestPaths.Seed, "--templates", _dir, "--template", "nothere", "-o", output);
        Assert.Equal(1, exit);
        Assert.Contains("template not found", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_user_template_folder_is_used_instead_of_the_built_in_one()
    {
        var (exit, err, written) = Render("---\npreset: plain\n---\n# {{ meta.speaker | md }}\n\n{{ achievements.size }} 项成绩\n");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err.Replace("ecobrief: warning:", string.Empty, StringComparison.Ordinal).Trim() == string.Empty ? string.Empty : err);
        Assert.True(written);
        Assert.Contains("# 黄润秋\n\n6 项成绩", File.ReadAllText(Path.Combine(_dir, "out", "t.md")), StringComparison.Ordinal);
    }
}
