using System.Reflection;
using EcoBrief.IO;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>
/// Loads templates and their includes from one folder, or from the templates built into the assembly.
/// A name that is absolute or climbs out of the folder (<c>../</c>) is refused, and so is a file that
/// is really outside it, through a symbolic link to it or to a folder on its way: templates may be
/// written by users, and they must not read other files.
/// </summary>
public sealed class TemplateLoader : ITemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private static readonly Assembly ResourceAssembly = typeof(TemplateLoader).Assembly;

    private readonly string? _root;

    /// <summary>The real paths of the files read so far (templates and their includes).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _read = new(StringComparer.Ordinal);

    /// <summary>Where <see cref="_root"/> really is, every link resolved.</summary>
    private readonly string? _realRoot;

    private TemplateLoader(string? root)
    {
        _root = root;
        _realRoot = root is null ? null : RealPath.Of(root);
    }

    /// <summary>The templates that ship with EcoBrief (the repository's <c>templates/</c>, embedded).</summary>
    public static TemplateLoader BuiltIn { get; } = new(null);

    /// <summary>The templates of <paramref name="directory"/> when one is given (--templates), else the built-in ones.</summary>
    public static TemplateLoader For(string? directory) => directory is null ? BuiltIn : FromDirectory(directory);

    /// <summary>Templates from a folder on disk.</summary>
    public static TemplateLoader FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new TemplateException($"{directory}: {NonUtf8Name.Explain(directory) ?? "templates folder not found"}");
        }

        return new TemplateLoader(Path.GetFullPath(directory));
    }

    /// <summary>
    /// The files of the folder this loader has read (by real path): the templates evaluated and every
    /// file they included, whatever its name, so that no output of the same run replaces one (<see cref="OutputGuard"/>).
    /// </summary>
    public IReadOnlyCollection<string> FilesRead => [.. _read.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The short names of the templates at the top of the folder (<c>NAME.md.sbn</c>; the files of
    /// subfolders such as <c>partials/</c> are includes, not templates), in ordinal order.
    /// </summary>
    public IReadOnlyList<string> TopLevelTemplates()
    {
        const string suffix = ".md.sbn";
        IEnumerable<string> names = _root is null
            ? ResourceAssembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !n[ResourcePrefix.Length..].Contains('/', StringComparison.Ordinal))
                .Select(n => n[ResourcePrefix.Length..])
            : Directory.EnumerateFiles(_root, "*" + suffix, SearchOption.TopDirectoryOnly).Select(Path.GetFileName).OfType<string>();
        return [.. names.Where(n => n.EndsWith(suffix, StringComparison.Ordinal) && n.Length > suffix.Length).Select(n => n[..^suffix.Length]).Order(StringComparer.Ordinal)];
    }

    /// <summary>Resolves a template name (e.g. <c>summary.md.sbn</c> or <c>partials/items.sbn</c>) to a path inside the root.</summary>
    public string Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal)
            || name.Split('/').Any(part => part is ".." or "."))
        {
            throw new TemplateException($"{name}: include refused: template names are relative paths inside the templates folder, without '..'");
        }

        if (_root is null)
        {
            return ResourcePrefix + name;
        }

        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new TemplateException($"{name}: include refused: it resolves outside {_root}");
        }

        return full;
    }

    /// <summary>The text of a resolved template.</summary>
    public string Read(string path)
    {
        if (_root is null)
        {
            using var stream = ResourceAssembly.GetManifestResourceStream(path)
                ?? throw new TemplateException($"{path[ResourcePrefix.Length..]}: no such built-in template");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        // Read where the file really is, once that is known to be inside the folder.
        string real;
        try
        {
            real = RealPath.Of(path);
        }
        catch (IOException e)
        {
            throw new TemplateException(e.Message, e);
        }

        if (!real.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new TemplateException($"{path}: refused: it is a symbolic link (or inside a linked folder) to {real}, outside the templates folder {_root}");
        }

        if (!File.Exists(real))
        {
            throw new TemplateException($"{path}: {NonUtf8Name.Explain(path) ?? "template not found"}");
        }

        _read.TryAdd(real, true);

        // A regular file only (a FIFO would block, a device never end), and at most InputLimits.Template.
        try
        {
            return TemplateNumbers.Check(TemplateText.Decode(RegularFile.ReadAllBytes(real, InputLimits.Template, "template"), path), path);
        }
        catch (FileRejectedException e)
        {
            throw new TemplateException($"{path}: {e.Why}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException($"{path}: cannot be read ({e.Message})", e);
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        try
        {
            return Resolve(templateName);
        }
        catch (TemplateException e)
        {
            throw new TemplateException($"{TemplateErrors.Place(callerSpan)}: {e.Message}", e);
        }
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        try
        {
            return Read(templatePath);
        }
        catch (TemplateException e)
        {
            throw new TemplateException($"{TemplateErrors.Place(callerSpan)}: {e.Message}", e);
        }
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
