using System.Diagnostics;

namespace EcoBrief.Tests.Support;

internal static class Tools
{
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    /// <summary>Runs a program to the end; returns exit code and stdout.</summary>
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args) => Run(tool, new Dictionary<string, string>(), args);

    /// <summary>Runs a program to the end with variables added to its environment.</summary>
    public static (int Exit, string Out, string Err) Run(string tool, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunIn(null, tool, environment, args);

    /// <summary>Runs a program to the end in <paramref name="workingDirectory"/> (null: this process's) with variables added to its environment.</summary>
    public static (int Exit, string Out, string Err) RunIn(string? workingDirectory, string tool, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunIn(workingDirectory, tool, environment, TimeSpan.FromSeconds(120), args);

    /// <summary>Runs a program to the end as <see cref="RunIn(string?, string, IReadOnlyDictionary{string, string}, string[])"/> does, failing when it takes longer than <paramref name="timeout"/>.</summary>
    public static (int Exit, string Out, string Err) RunIn(string? workingDirectory, string tool, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo(Find(tool) ?? tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var (name, value) in environment)
        {
            psi.Environment[name] = value;
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in {timeout.TotalSeconds:0} s");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
