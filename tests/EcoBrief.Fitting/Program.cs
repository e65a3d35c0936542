using EcoBrief.Extraction.Scoring;
using EcoBrief.Fitting;

// dotnet run -c Release --project tests/EcoBrief.Fitting [-- lists] [--check]
// Fits the weights of a decision on the tuning keys and writes src/EcoBrief/Extraction/Weights/NAME.tsv;
// --check fits and compares with the file instead, exit 1 when they differ.
var root = Fitter.RepositoryRoot(Directory.GetCurrentDirectory());
var model = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "lists";
var check = args.Contains("--check");
var path = Fitter.WeightsPath(root, model);
var fit = Fitter.Fit(root, model);
if (File.Exists(path))
{
    Console.WriteLine($"the weights in {Path.GetFileName(path)} now: {fit.Compare(LinearModel.Parse(model, File.ReadAllText(path)))}");
}

Console.Write(string.Join('\n', fit.Text.Split('\n').Take(3)) + "\n");
if (check)
{
    var same = File.Exists(path) && File.ReadAllText(path) == fit.Text;
    Console.WriteLine(same ? $"{path}: up to date" : $"{path}: differs from a fresh fit");
    return same ? 0 : 1;
}

File.WriteAllText(path, fit.Text);
Console.WriteLine($"wrote {path} ({fit.Features} features)");
return 0;
