using EcoBrief.Extraction.Scoring;
using EcoBrief.Fitting;

// dotnet run -c Release --project tests/EcoBrief.Fitting [-- all|sections|lists|calibration] [--check]
// Fits the weights of each decision (all: in the order they depend on each other) on the tuning keys and
// writes src/EcoBrief/Extraction/Weights/NAME.tsv; --check fits and compares with the files instead, exit 1 when one differs.
var root = Fitter.RepositoryRoot(Directory.GetCurrentDirectory());
var model = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var check = args.Contains("--check");

// The engine reads the weights on disk, not those built into it, so each decision is fitted on the
// weights just written for the decisions before it (the roles, then the lists, then the calibration).
LinearModel.FittingDirectory = Path.GetDirectoryName(Fitter.WeightsPath(root, "lists"));
var status = 0;
foreach (var name in model == "all" ? Fitter.Models : [model])
{
    var path = Fitter.WeightsPath(root, name);
    var fit = Fitter.Fit(root, name);
    if (File.Exists(path) && fit.Names.Count > 0)
    {
        Console.WriteLine($"the weights in {Path.GetFileName(path)} now: {fit.Compare(LinearModel.Parse(name, File.ReadAllText(path)))}");
    }

    Console.Write(string.Join('\n', fit.Text.Split('\n').Take(3)) + "\n");
    if (check)
    {
        var same = File.Exists(path) && File.ReadAllText(path) == fit.Text;
        Console.WriteLine(same ? $"{path}: up to date" : $"{path}: differs from a fresh fit");
        status |= same ? 0 : 1;
        continue;
    }

    File.WriteAllText(path, fit.Text);
    LinearModel.Reload();
    Console.WriteLine($"wrote {path} ({fit.Features} features)");
}

return status;
