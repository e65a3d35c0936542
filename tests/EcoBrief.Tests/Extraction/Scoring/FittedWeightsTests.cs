using EcoBrief.Extraction;
using EcoBrief.Extraction.Scoring;
using EcoBrief.Tests.Corpus;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction.Scoring;

/// <summary>The weights the engine reads are the fitting tool's, and they weigh every feature the engine emits.</summary>
public sealed class FittedWeightsTests
{
    [Fact]
    public void The_checked_in_weights_are_what_the_fitting_tool_writes()
    {
        const string model = "all";
        // The tool is built beside the tests (a project reference that builds it); it fits afresh and compares.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var tool = Path.Combine(TestPaths.RepoRoot, "tests", "EcoBrief.Fitting", "bin", configuration, "net10.0", "EcoBrief.Fitting.dll");
        // It extracts every keyed report and refits each decision, leaving one report out: minutes on two cores.
        var (exit, output, error) = Tools.RunIn(TestPaths.RepoRoot, "dotnet", new Dictionary<string, string>(), TimeSpan.FromMinutes(8), tool, model, "--check");
        Assert.True(exit == 0, $"weights/*.tsv are not what the fitting tool writes now (run: dotnet run -c Release --project tests/EcoBrief.Fitting):\n{output}{error}");
    }

    [Fact]
    public void Every_feature_the_engine_emits_on_the_corpus_has_a_fitted_weight()
    {
        var model = LinearModel.Embedded("lists");
        var unweighed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(TestPaths.TestFile("corpus", "texts"), "*.txt"))
        {
            var trace = Traces.Of(file);
            foreach (var name in trace.Decisions.Where(d => d.Model == "lists").SelectMany(d => d.Candidates).SelectMany(c => c.Features.Values).Select(v => v.Name))
            {
                if (!model.Weights.ContainsKey(name))
                {
                    unweighed.Add(name);
                }
            }
        }

        // A feature seen in no tuning decision weighs nothing by design; one seen on the corpus must have been fitted.
        Assert.True(unweighed.Count == 0, "features without a weight (refit): " + string.Join(", ", unweighed));
    }

    [Fact]
    public void The_weights_file_says_it_is_fitted_and_parses()
    {
        using var stream = typeof(LinearModel).Assembly.GetManifestResourceStream("weights/lists.tsv")!;
        var text = new StreamReader(stream).ReadToEnd();
        Assert.StartsWith("# Fitted by tests/EcoBrief.Fitting", text, StringComparison.Ordinal);
        Assert.NotEmpty(LinearModel.Parse("lists", text).Weights);
    }
}
