using EcoBrief.Publishing;
using EcoBrief.Templating;

namespace EcoBrief.Tests.Publishing;

/// <summary>Which templates of a folder are built per report.</summary>
public sealed class TemplateCatalogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-catalog-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "# x\n");
    }

    [Fact]
    public void The_built_in_report_templates_are_the_summary_and_the_handout_not_compare()
    {
        Assert.Equal(["summary", "handout"], TemplateCatalog.ReportTemplates(TemplateLoader.BuiltIn));
    }

    [Fact]
    public void A_folder_s_top_level_md_sbn_files_are_templates_the_built_in_names_first_then_by_name()
    {
        foreach (var name in new[] { "zeta.md.sbn", "handout.md.sbn", "brief.md.sbn", "summary.md.sbn", "compare.md.sbn", "partials/items.md.sbn", "notes.sbn", "readme.md" })
        {
            Write(name);
        }

        Assert.Equal(["summary", "handout", "brief", "zeta"], TemplateCatalog.ReportTemplates(TemplateLoader.FromDirectory(_dir)));
    }

    [Fact]
    public void A_folder_with_only_its_own_template_builds_only_that()
    {
        Write("brief.md.sbn");
        Assert.Equal(["brief"], TemplateCatalog.ReportTemplates(TemplateLoader.FromDirectory(_dir)));
    }
}
