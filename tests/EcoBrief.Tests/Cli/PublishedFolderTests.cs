using System.Xml.Linq;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>
/// A published folder (Native AOT above all) holds what runs, and nothing a user must wonder about:
/// the Native AOT publish used to carry an 82 MB .dbg beside the program, and every publish the .pdb and
/// .xml files of the libraries. The symbols stay in bin/ (README). <c>publish.sh</c> checks a real publish.
/// </summary>
public sealed class PublishedFolderTests
{
    private static readonly XElement Project = XElement.Load(Path.Combine(TestPaths.RepoRoot, "src", "EcoBrief.Cli", "EcoBrief.Cli.csproj"));

    private static string? Property(string name) => Project.Elements("PropertyGroup").Elements(name).LastOrDefault()?.Value;

    [Fact]
    public void Symbols_and_api_docs_are_not_published()
    {
        Assert.Equal("false", Property("CopyOutputSymbolsToPublishDirectory"));
        Assert.Equal("false", Property("PublishDocumentationFiles"));

        // The references' own .pdb and .xml come along as related files: a target takes them out.
        var target = Assert.Single(Project.Elements("Target"), t => (string?)t.Attribute("AfterTargets") == "ComputeResolvedFilesToPublishList");
        var remove = (string?)target.Descendants("ResolvedFileToPublish").Single().Attribute("Condition");
        foreach (var extension in new[] { ".pdb", ".dbg", ".xml" })
        {
            Assert.Contains($"'{extension}'", remove, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_says_what_the_native_folder_holds_and_where_the_symbols_are()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        Assert.Contains("linux-x64/native/EcoBrief.Cli.dbg", readme, StringComparison.Ordinal);
    }
}
