using System.Globalization;
using System.Text;
using EcoBrief.Extraction;
using EcoBrief.Extraction.Scoring;
using EcoBrief.Tests.Corpus;

namespace EcoBrief.Fitting;

/// <summary>
/// Fits the weights of one decision of the extraction on the tuning keys: runs the engine on every
/// keyed report with a <see cref="DecisionTrace"/>, labels each candidate by how well its items match
/// the keys (F1), and fits a <see cref="ConditionalLogit"/>; the penalty is chosen by ten-fold
/// cross-validation over reports and the choice is measured leaving one report out.
/// </summary>
internal static partial class Fitter
{
    /// <summary>A paragraph's marker before its text: 一、 （三） 3. 第二， 一是 首先，.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|第[一二三四五六七八九十]+[，、,]?|[一二三四五六七八九十]+是|首先[，,]?|其次[，,]?)\s*")]
    private static partial System.Text.RegularExpressions.Regex ItemMarker();

    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["Achievements"] = "achievements", ["Tasks"] = "tasks", ["Priorities"] = "priorities", ["Challenges"] = "challenges",
    };

    /// <summary>The decisions, in the order they depend on each other: the lists are read in the parts the roles give, the calibration judges both.</summary>
    public static IReadOnlyList<string> Models { get; } = ["sections", "figures", "lists", "calibration"];

    public static string RepositoryRoot(string from)
    {
        var root = from;
        while (!File.Exists(Path.Combine(root, "EcoBrief.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
        }

        return root;
    }

    public static string WeightsPath(string root, string model) => Path.Combine(root, "src", "EcoBrief", "Extraction", "Weights", model + ".tsv");

    public static FitResult Fit(string root, string model) => model switch
    {
        "calibration" => Calibrate(root),
        "sections" => FitSections(root),
        "figures" => FitFigures(root),
        _ => FitModel(root, model),
    };

    /// <summary>
    /// The roles of the parts, learnt from where the keys stand: the part that holds most achievement
    /// keys is the review; the part that holds the task keys is this year's work, or the parts that do
    /// (one part, or its chapters when they are spread over several); parts that hold priority keys lie
    /// between; a part of its own holding the problems is the problems'. Parts the keys say nothing of
    /// are what their heading names (problems, plans, the government's conduct) or, where it names none
    /// of these, any role their place allows (before the review: other; between review and tasks: plans
    /// or other; after the tasks: the government's, plans or other), so the target is a set of roles.
    /// The outline keys (population/outline) add reports whose every part's role is named outright.
    /// </summary>
    private static FitResult FitSections(string root)
    {
        var reports = KeyedReport.TuningSet(root);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var decisions = new List<(string Report, List<TracedDecision> Sections, List<HashSet<int>> Allowed)>();
        foreach (var report in reports)
        {
            var trace = Traces.Of(report.TextPath);
            var sections = Traces.Parts(trace);
            if (sections.Count < 2 || Allowed(report, sections) is not { } allowed)
            {
                continue;
            }

            decisions.Add((report.Name, sections, allowed));
        }

        // The outline keys name each part's role outright; a report the engine divides otherwise than
        // its key (a part missed, or a list's items read as parts) teaches nothing of the roles.
        var outlined = OutlineKeys(root);
        var divided = 0;
        foreach (var key in outlined)
        {
            var trace = Traces.Of(key.TextPath);
            var sections = Traces.Parts(trace);
            if (sections.Count < 2 || !key.SameDivision([.. sections.Select(Traces.Heading)]))
            {
                continue;
            }

            divided++;
            decisions.Add(("outline/" + key.Name, sections, [.. key.Parts.Take(sections.Count).Select(p => new HashSet<int> { KeyedRole(p.Role) })]));
        }

        foreach (var c in decisions.SelectMany(r => r.Sections).SelectMany(d => d.Candidates))
        {
            names.UnionWith(c.Features.Values.Select(v => v.Name));
        }

        var list = names.ToList();
        var index = list.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var data = decisions.SelectMany(r => r.Sections.Select((d, i) => new ConditionalLogit.Example(
            r.Report,
            [.. d.Candidates.Select(c => c.Features.Values.Select(v => (index[v.Name], v.Value)).ToArray())],
            [.. Enumerable.Range(0, d.Candidates.Count).Select(k => r.Allowed[i].Contains(k) ? 1.0 : 0.0)],
            [.. Enumerable.Range(0, d.Candidates.Count).Select(k => r.Allowed[i].Contains(k) ? 1.0 : 0.0)]) { Partial = true })).ToList();

        double[] grid = [0.003, 0.01, 0.03, 0.1];
        var folds = decisions.Select((r, i) => (r.Report, Fold: i % 10)).ToDictionary(x => x.Report, x => x.Fold, StringComparer.Ordinal);
        double Decoded(Func<string, string> group, double l2)
        {
            var right = 0;
            var all = 0;
            foreach (var held in decisions.GroupBy(r => group(r.Report)))
            {
                var w = ConditionalLogit.Fit([.. data.Where(e => group(e.Report) != held.Key)], list.Count, l2, iterations: 1000);
                foreach (var r in held)
                {
                    var roles = SectionClassifier.Decode([.. data.Where(e => e.Report == r.Report).Select(e => ConditionalLogit.Probabilities(e.Candidates, w))]);
                    right += roles.Select((role, i) => r.Allowed[i].Contains(Array.FindIndex(SectionClassifier.Roles, x => x.Role == role))).Count(ok => ok);
                    all += roles.Length;
                }
            }

            return (double)right / Math.Max(1, all);
        }

        var l2 = grid.OrderByDescending(l => Decoded(r => folds[r].ToString(CultureInfo.InvariantCulture), l)).ThenBy(l => l).First();
        var loo = Decoded(r => r, l2);
        var weights = ConditionalLogit.Fit(data, list.Count, l2);
        var sb = new StringBuilder();
        sb.AppendLine("# Fitted by tests/EcoBrief.Fitting (dotnet run -c Release --project tests/EcoBrief.Fitting -- sections); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Keys: {decisions.Count - divided} of {reports.Count} reports whose keys place the review (seed, corpus and population tune; never the sealed set), and the outline keys of {divided} of {outlined.Count} reports the engine divides as their keys do (population/outline/tune); {data.Count} parts.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Conditional logit over the roles of each part, the target the roles the keys allow; L2 {l2} (ten-fold cross-validation). Parts whose decoded role the keys allow, leaving one report out: {loo:0.00}.");
        AppendWeights(sb, list, weights);

        return new FitResult(sb.ToString(), list.Count, [], []);
    }

    /// <summary>The index in <see cref="SectionClassifier.Roles"/> of an outline key's role: a chapter of this year's work is the classifier's Tasks, as each of several consecutive parts is.</summary>
    private static int KeyedRole(string role) =>
        Array.FindIndex(SectionClassifier.Roles, r => r.Role == (OutlineKey.Roles[role] is SectionRole.TaskChapter ? SectionRole.Tasks : OutlineKey.Roles[role]));

    /// <summary>The outline keys to tune on (population/outline/tune); none until they are written. The sealed ones are never read here.</summary>
    private static List<OutlineKey> OutlineKeys(string root)
    {
        var dir = Path.Combine(root, "tests", "EcoBrief.Tests", "TestFiles", "population", "outline", "tune");
        return File.Exists(Path.Combine(dir, "roles.tsv")) ? OutlineKey.Read(dir) : [];
    }

    /// <summary>
    /// The figures' weights: for every figure the engine finds in a keyed report, is it one of the key's
    /// headline figures (label substring, value and unit, as the scorer matches them)? A logistic
    /// regression (a conditional logit of the figure against nothing), so that its score is the
    /// figure's log-odds and the ranking a chance the summary can show; the penalty by ten-fold
    /// cross-validation over reports on the share of the first six that are the key's, then measured
    /// leaving one report out.
    /// </summary>
    private static FitResult FitFigures(string root)
    {
        var reports = KeyedReport.TuningSet(root).Where(r => r.Figures.Count > 0).ToList();
        var traced = new List<(string Report, List<(Features Features, bool Gold)> Figures)>();
        foreach (var report in reports)
        {
            var trace = Traces.Of(report.TextPath);
            traced.Add((report.Name, [.. trace.Figures.Select(t => (t.Features, report.Figures.Any(g => CorpusScorer.SameFigure(g, t.Figure.Label, t.Figure.Value, t.Figure.Unit))))]));
        }

        var names = traced.SelectMany(r => r.Figures.SelectMany(f => f.Features.Values.Select(v => v.Name))).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var data = traced.SelectMany(r => r.Figures.Select(f => (r.Report, X: f.Features.Values.Select(v => (index[v.Name], v.Value)).ToArray(), Y: f.Gold))).ToList();

        // The share of each held-out report's six best-scored figures that are the key's, averaged over reports.
        double TopSix(Func<string, string> group, double l2)
        {
            var total = 0.0;
            var count = 0;
            foreach (var held in data.GroupBy(e => group(e.Report)))
            {
                var w = ConditionalLogit.FitBinary([.. data.Where(e => group(e.Report) != held.Key).Select(e => (e.X, e.Y))], names.Count, l2, iterations: 1000);
                foreach (var report in held.GroupBy(e => e.Report))
                {
                    var top = report.OrderByDescending(e => ConditionalLogit.Score(e.X, w)).Take(6).ToList();
                    total += (double)top.Count(e => e.Y) / Math.Max(1, top.Count);
                    count++;
                }
            }

            return total / Math.Max(1, count);
        }

        double[] grid = [0.001, 0.003, 0.01, 0.03];
        var folds = traced.Select((r, i) => (r.Report, Fold: i % 10)).ToDictionary(x => x.Report, x => x.Fold.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var l2 = grid.OrderByDescending(l => TopSix(r => folds[r], l)).ThenBy(l => l).First();
        var loo = TopSix(r => r, l2);
        var weights = ConditionalLogit.FitBinary([.. data.Select(e => (e.X, e.Y))], names.Count, l2);
        var sb = new StringBuilder();
        sb.AppendLine("# Fitted by tests/EcoBrief.Fitting (dotnet run -c Release --project tests/EcoBrief.Fitting -- figures); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Keys: {traced.Count} reports with key figures (seed, corpus and population tune; never the sealed set); {data.Count} figures found, {data.Count(e => e.Y)} of them the keys'.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Logistic regression, is the figure one of the key's; L2 {l2} (ten-fold cross-validation). The key's share of the six best-scored figures: leaving one report out {loo:0.00}.");
        AppendWeights(sb, names, weights);

        return new FitResult(sb.ToString(), names.Count, [], []);
    }

    /// <summary>The roles the keys allow each part, by index in <see cref="SectionClassifier.Roles"/>; null when the keys place no review.</summary>
    private static List<HashSet<int>>? Allowed(KeyedReport report, List<TracedDecision> sections)
    {
        int Role(SectionRole role) => Array.FindIndex(SectionClassifier.Roles, r => r.Role == role);
        var texts = sections.Select(d => CorpusScorer.Norm(d.Text)).ToList();
        var headings = sections.Select(Traces.Heading).ToList();
        var openings = sections.Select(d => d.Text!.Split('\n').Select(l => CorpusScorer.Norm(ItemMarker().Replace(l, string.Empty))).ToList()).ToList();

        // A keyed item is held by the part where a paragraph opens with it (as a list item or a heading
        // does), else by those whose text holds it anywhere: a task's short title (高质量发展) is also
        // written in the plan before the tasks, which does not make the plan a part of tasks.
        int[] Holding(string category)
        {
            var held = new int[texts.Count];
            foreach (var key in report.Keys[category].Select(CorpusScorer.Norm).Where(k => k.Length > 0))
            {
                var opening = Enumerable.Range(0, texts.Count).Where(i => openings[i].Any(l => l.StartsWith(key, StringComparison.Ordinal))).ToList();
                foreach (var i in opening.Count > 0 ? opening : Enumerable.Range(0, texts.Count).Where(i => texts[i].Contains(key, StringComparison.Ordinal)))
                {
                    held[i]++;
                }
            }

            return held;
        }

        var achievements = Holding("achievements");
        if (achievements.Max() == 0)
        {
            return null;
        }

        var review = Array.IndexOf(achievements, achievements.Max());
        var tasks = Holding("tasks");
        var taskParts = Enumerable.Range(0, texts.Count).Where(i => i != review && tasks[i] > 0).ToList();
        var priorities = Holding("priorities");
        var challenges = Holding("challenges");
        var allowed = new List<HashSet<int>>();
        for (var i = 0; i < texts.Count; i++)
        {
            HashSet<int> a = i == review ? [Role(SectionRole.Review)]
                : taskParts.Contains(i) ? [Role(SectionRole.Tasks)]
                : priorities[i] > 0 && i > review ? [Role(SectionRole.Between)]
                : challenges[i] > 0 && i > review && challenges[i] == challenges.Max() && challenges[review] == 0 ? [Role(SectionRole.Challenges)]
                : i == review - 1 && SectionClassifier.ReadsAsReview(headings[i]) ? [Role(SectionRole.Review), Role(SectionRole.Other)]
                : i < review ? [Role(SectionRole.Other)]
                : SectionClassifier.ReadsAsProblems(headings[i]) && !SectionClassifier.ReadsAsReview(headings[i]) ? [Role(SectionRole.Challenges)]
                : SectionClassifier.ReadsAsPlan(headings[i]) ? [Role(SectionRole.Between)]
                : taskParts.Count == 0 || i < taskParts[0] ? [Role(SectionRole.Between), Role(SectionRole.Other)]
                : SectionClassifier.ReadsAsGovernment(headings[i]) ? [Role(SectionRole.Government)]
                : [Role(SectionRole.Government), Role(SectionRole.Other), Role(SectionRole.Between)];
            allowed.Add(a);
        }

        return allowed;
    }


    /// <summary>
    /// How often each kind of choice was right on the tuning keys, by the bucket it rests on: a list's
    /// part (right when the keyed list is among its candidates), the list chosen there (right when its
    /// F1 is at least 0.8, given a right part; bucketed by its probability), the problems passage, the
    /// tasks as chapters (F1 at least 0.6), the title (contains the key's) and the speaker (the key's, or
    /// nobody where the key says so). Written as (right + 1) / (seen + 2).
    /// </summary>
    private static FitResult Calibrate(string root)
    {
        var reports = KeyedReport.TuningSet(root);
        var seen = new SortedDictionary<string, (int Right, int Seen)>(StringComparer.Ordinal);
        void Count(string bucket, bool right)
        {
            var (r, n) = seen.GetValueOrDefault(bucket);
            seen[bucket] = (r + (right ? 1 : 0), n + 1);
        }

        foreach (var report in reports)
        {
            var trace = Traces.Of(report.TextPath);
            foreach (var d in trace.Decisions.Where(d => d.PartBucket is not null))
            {
                var keys = report.Keys[Categories[d.Context.Split(' ')[0]]];
                if (keys.Count == 0)
                {
                    continue;
                }

                var f1 = d.Candidates.Select(c => F1(c.Titles, keys)).ToArray();
                Count(d.PartBucket!, f1.Max() >= 0.5);
                if (f1.Max() >= 0.5)
                {
                    Count(Calibration.ListBin(d.Probability), f1[d.Chosen] >= 0.8);
                }
            }

            foreach (var c in trace.Choices)
            {
                switch (c.Category)
                {
                    case "title" when report.Title is not null:
                        Count(c.Bucket, CorpusScorer.Norm(c.Values[0]).Contains(CorpusScorer.Norm(report.Title), StringComparison.Ordinal));
                        break;
                    case "speaker" when report.Speaker is not null:
                        Count(c.Bucket, c.Values[0] == report.Speaker);
                        break;
                    case "challenges" or "tasks":
                        var keys = report.Keys[c.Category];
                        Count(c.Bucket, keys.Count > 0 ? F1(c.Values, keys) >= 0.6 : c.Values.Count == 0);
                        break;
                }
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine("# Fitted by tests/EcoBrief.Fitting (dotnet run -c Release --project tests/EcoBrief.Fitting -- calibration); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# How often each kind of choice was right on the tuning keys ({reports.Count} reports, never the sealed set), as (right + 1) / (seen + 2); each line says right/seen.");
        foreach (var (bucket, (right, n)) in seen)
        {
            sb.Append(bucket).Append('\t').Append(Math.Round((right + 1.0) / (n + 2.0), 2).ToString("0.00", CultureInfo.InvariantCulture))
                .AppendLine(CultureInfo.InvariantCulture, $"\t# {right}/{n}");
        }

        return new FitResult(sb.ToString(), seen.Count, [], []);
    }

    private static FitResult FitModel(string root, string model)
    {
        var reports = KeyedReport.TuningSet(root);
        var examples = new List<(string Report, TracedDecision Decision, double[] F1)>();
        int decisions = 0, withRight = 0, recalled = 0;
        foreach (var report in reports)
        {
            var trace = Traces.Of(report.TextPath);
            foreach (var d in trace.Decisions.Where(d => d.Model == model))
            {
                var category = Categories[d.Context.Split(' ')[0]];
                var keys = report.Keys[category];
                if (keys.Count == 0)
                {
                    continue;
                }

                decisions++;
                var f1 = d.Candidates.Select(c => F1(c.Titles, keys)).ToArray();
                recalled += f1.Max() >= 0.8 ? 1 : 0;
                if (f1.Max() >= 0.5)
                {
                    withRight++;
                    examples.Add((report.Name, d, f1));
                }
            }
        }

        var names = examples.SelectMany(e => e.Decision.Candidates.SelectMany(c => c.Features.Values.Select(v => v.Name))).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var data = examples.Select(e => new ConditionalLogit.Example(
            e.Report,
            [.. e.Decision.Candidates.Select(c => c.Features.Values.Select(v => (index[v.Name], v.Value)).ToArray())],
            Target(e.F1), e.F1)).ToList();

        // The penalty by ten-fold cross-validation over reports, then leave-one-report-out for the one chosen.
        double[] grid = [0.001, 0.003, 0.01, 0.03, 0.1];
        var folds = reports.Select((r, i) => (r.Name, Fold: i % 10)).ToDictionary(x => x.Name, x => x.Fold, StringComparer.Ordinal);
        var l2 = grid.OrderByDescending(l => CrossValidated(data, names.Count, l, r => folds[r])).ThenBy(l => l).First();
        var (looChosen, looF1) = Evaluate(data, names.Count, l2, r => r);
        var weights = ConditionalLogit.Fit(data, names.Count, l2);
        var (fitChosen, fitF1) = Score(data, weights);

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Fitted by tests/EcoBrief.Fitting (dotnet run -c Release --project tests/EcoBrief.Fitting -- {model}); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Keys: {reports.Count} reports (seed, corpus and population tune; never the sealed set). Decisions with keys: {decisions}; with a right candidate (F1 >= 0.5): {withRight}; candidate recall (a candidate with F1 >= 0.8): {(double)recalled / Math.Max(1, decisions):0.00}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Conditional logit, L2 {l2} (ten-fold cross-validation). Right candidate chosen: leave-one-report-out {looChosen:0.00} (mean F1 of the choice {looF1:0.00}); fitted on all {fitChosen:0.00} ({fitF1:0.00}).");
        AppendWeights(sb, names, weights);

        return new FitResult(sb.ToString(), names.Count, names, data);
    }

    /// <summary>Each feature's weight, rounded to four places, a line each; a weight that rounds to zero is left out (it weighs nothing).</summary>
    private static void AppendWeights(StringBuilder sb, List<string> names, double[] weights)
    {
        for (var f = 0; f < names.Count; f++)
        {
            var w = Math.Round(weights[f], 4);
            if (w != 0)
            {
                sb.Append(names[f]).Append('\t').AppendLine(w.ToString("0.####", CultureInfo.InvariantCulture));
            }
        }
    }

    private static double[] Target(double[] f1)
    {
        var best = f1.Max();
        var right = f1.Select(x => x >= best - 1e-9 ? 1.0 : 0.0).ToArray();
        var n = right.Sum();
        return [.. right.Select(x => x / n)];
    }

    private static double CrossValidated(List<ConditionalLogit.Example> data, int features, double l2, Func<string, int> fold) => Evaluate(data, features, l2, r => fold(r).ToString(CultureInfo.InvariantCulture)).Chosen;

    private static (double Chosen, double F1) Evaluate(List<ConditionalLogit.Example> data, int features, double l2, Func<string, string> group)
    {
        var chosen = 0.0;
        var f1 = 0.0;
        foreach (var held in data.GroupBy(e => group(e.Report)))
        {
            var w = ConditionalLogit.Fit([.. data.Where(e => group(e.Report) != held.Key)], features, l2, iterations: 1000);
            var (c, f) = Score([.. held], w);
            chosen += c * held.Count();
            f1 += f * held.Count();
        }

        return (chosen / data.Count, f1 / data.Count);
    }

    // The share of decisions whose highest-scoring candidate is a right one, and the mean of its share of the target.
    private static (double Chosen, double F1) Score(List<ConditionalLogit.Example> held, double[] w)
    {
        var chosen = 0.0;
        var f1 = 0.0;
        foreach (var e in held)
        {
            var p = ConditionalLogit.Probabilities(e.Candidates, w);
            var top = Array.IndexOf(p, p.Max());
            chosen += e.Target[top] > 0 ? 1 : 0;
            f1 += e.F1[top];
        }

        return (chosen / Math.Max(1, held.Count), f1 / Math.Max(1, held.Count));
    }

    private static double F1(IReadOnlyList<string> titles, IReadOnlyList<string> keys)
    {
        var normalised = titles.Select(CorpusScorer.Norm).ToList();
        var used = new HashSet<int>();
        foreach (var key in keys.Select(CorpusScorer.Norm))
        {
            for (var i = 0; i < normalised.Count; i++)
            {
                if (!used.Contains(i) && normalised[i].Contains(key, StringComparison.Ordinal))
                {
                    used.Add(i);
                    break;
                }
            }
        }

        var p = titles.Count == 0 ? 0 : (double)used.Count / titles.Count;
        var r = (double)used.Count / keys.Count;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}

/// <summary>What a fit wrote, and the decisions it learnt from, to compare other weights on them.</summary>
internal sealed record FitResult(string Text, int Features, IReadOnlyList<string> Names, IReadOnlyList<ConditionalLogit.Example> Data)
{
    public string Compare(LinearModel other)
    {
        var w = Names.Select(other.Weight).ToArray();
        var chosen = Data.Count(e => e.Target[Array.IndexOf(ConditionalLogit.Probabilities(e.Candidates, w), ConditionalLogit.Probabilities(e.Candidates, w).Max())] > 0);
        return string.Create(CultureInfo.InvariantCulture, $"right candidate chosen {(double)chosen / Math.Max(1, Data.Count):0.00}");
    }
}
