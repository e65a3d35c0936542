using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Model;

namespace EcoBrief.Corrections;

/// <summary>
/// The corrections stage, after extraction: a user's sidecar (<c>NAME.ecobrief.yml</c>, read into
/// <see cref="ExtractionCorrections"/>) replaces meta fields, drops and renames items. Each drop or
/// rename that matches nothing is a diagnostic naming the sidecar. (Which part and list a category is
/// taken from is chosen during extraction: <see cref="BriefingExtractor"/>.)
/// </summary>
public static class BriefingCorrector
{
    /// <summary>The briefing as <paramref name="corrections"/> correct it; <paramref name="explanation"/>, when given, says they were applied.</summary>
    public static Briefing Apply(Briefing briefing, ExtractionCorrections corrections, List<string>? explanation = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(corrections);
        var bag = new DiagnosticBag();
        bag.AddRange(briefing.Diagnostics);
        return Corrected(briefing, corrections, bag, explanation ?? []);
    }

    /// <summary>The meta fields, dropped and renamed items of the sidecar, each reported when it matches nothing.</summary>
    private static Briefing Corrected(Briefing b, ExtractionCorrections c, DiagnosticBag bag, List<string> notes)
    {
        var m = b.Meta;
        // A date the sidecar gives is the delivery date: the one a reader is told the report was given on.
        var meta = m with
        {
            Title = c.Meta.Title ?? m.Title,
            Speaker = c.Meta.Speaker ?? m.Speaker,
            Role = c.Meta.Role ?? m.Role,
            Occasion = c.Meta.Occasion ?? m.Occasion,
            Published = c.Meta.Published ?? m.Published,
            Publication = c.Meta.Publication ?? m.Publication,
            Delivered = c.Meta.Published ?? m.Delivered,
        };
        var used = new HashSet<string>(StringComparer.Ordinal);
        List<BriefingItem> Fix(IReadOnlyList<BriefingItem> items)
        {
            var result = new List<BriefingItem>();
            foreach (var item in items)
            {
                if (c.Drop.FirstOrDefault(d => item.Title.Contains(d, StringComparison.Ordinal)) is { } drop)
                {
                    used.Add("drop:" + drop);
                    continue;
                }

                var renamed = item;
                foreach (var (from, to) in c.Rename)
                {
                    if (item.Title.Contains(from, StringComparison.Ordinal))
                    {
                        used.Add("rename:" + from);
                        renamed = item with { Title = to };
                        break;
                    }
                }

                result.Add(renamed);
            }

            return result;
        }

        var corrected = b with { Meta = meta, Achievements = Fix(b.Achievements), Challenges = Fix(b.Challenges), Tasks = Fix(b.Tasks), Priorities = Fix(b.Priorities) };
        foreach (var d in c.Drop.Where(d => !used.Contains("drop:" + d)))
        {
            bag.Add(DiagnosticKinds.CorrectionDropUnmatched.Of($"drop 「{d}」 matches no item") with { File = c.Origin });
        }

        foreach (var (from, _) in c.Rename.Where(r => !used.Contains("rename:" + r.Key)))
        {
            bag.Add(DiagnosticKinds.CorrectionRenameUnmatched.Of($"rename 「{from}」 matches no item") with { File = c.Origin });
        }

        notes.Add($"corrections: applied {c.Origin}");
        return corrected with { Diagnostics = bag.Diagnostics };
    }
}
