using EcoBrief.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EcoBrief.Tests.Cli;

/// <summary>The scheduled regeneration: valid YAML, the right triggers, and steps that run the script .ci/run tests.</summary>
public sealed class WorkflowTests
{
    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".github", "workflows", "regenerate.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) => path.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    [Fact]
    public void Workflow_runs_daily_on_demand_and_on_changes_to_seeds_or_templates()
    {
        var root = Load();
        var cron = ((YamlScalarNode)At(((YamlSequenceNode)At(root, "on", "schedule"))[0], "cron")).Value!;
        Assert.Matches(@"^\d+ \d+ \* \* \*$", cron);
        Assert.True(((YamlMappingNode)At(root, "on")).Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
        var paths = ((YamlSequenceNode)At(root, "on", "push", "paths")).Select(p => ((YamlScalarNode)p).Value).ToList();
        Assert.Contains("seeds/**", paths);
        Assert.Contains("templates/**", paths);
    }

    [Fact]
    public void Workflow_regenerates_through_the_tested_script_uploads_and_commits_only_changes()
    {
        var steps = ((YamlSequenceNode)At(Load(), "jobs", "regenerate", "steps")).Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => ((YamlScalarNode)s.Children[new YamlScalarNode("run")]).Value!).ToList();
        Assert.Contains("bash .ci/regenerate", runs);
        Assert.Contains(runs, r => r.Contains("git diff --cached --quiet", StringComparison.Ordinal) && r.Contains("git commit", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && ((YamlScalarNode)u).Value!.StartsWith("actions/upload-artifact", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, ".ci", "regenerate")));
    }
}
