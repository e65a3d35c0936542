using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document.Conventions;

namespace EcoBrief.Docx;

/// <summary>
/// Numbering definitions, so that Word renumbers when a user edits: headings 一、（一）1.（1）
/// (chineseCounting, GB/T 9704 §7.3.3), ordered lists 1. and （1）, bullets. Each ordered list gets a
/// numbering instance of its own that restarts at its first number.
/// </summary>
internal sealed class DocxNumbering
{
    public const int HeadingsAbstract = 1;
    public const int OrderedAbstract = 2;
    public const int BulletAbstract = 3;
    public const int HeadingsNum = 1;
    public const int BulletNum = 2;

    private readonly List<(int NumId, int AbstractId, int Start)> _instances = [(HeadingsNum, HeadingsAbstract, 1), (BulletNum, BulletAbstract, 1)];

    /// <summary>A new numbering instance for one ordered list, restarting at <paramref name="start"/>.</summary>
    public int NewOrderedList(int start)
    {
        var id = _instances.Count + 1;
        _instances.Add((id, OrderedAbstract, start));
        return id;
    }

    public Numbering Build(double bodySize)
    {
        var indent = (int)Math.Round(bodySize * 20);
        var numbering = new Numbering(
            Abstract(HeadingsAbstract, MultiLevelValues.Multilevel,
                Level(0, HeadingFormat(2), HeadingNumbering.WordLevelText(2), 0, 0, "Heading1", indent * 2),
                Level(1, HeadingFormat(3), HeadingNumbering.WordLevelText(3), 0, 0, "Heading2", indent * 2),
                Level(2, HeadingFormat(4), HeadingNumbering.WordLevelText(4), 0, 0, "Heading3", indent * 2),
                Level(3, HeadingFormat(5), HeadingNumbering.WordLevelText(5), indent * 2, indent * 2, null)),
            Abstract(OrderedAbstract, MultiLevelValues.HybridMultilevel,
                Level(0, NumberFormatValues.Decimal, ListNumbering.WordLevelText(0), indent * 2, indent * 3 / 2, null),
                Level(1, NumberFormatValues.Decimal, ListNumbering.WordLevelText(1), indent * 4, indent * 2, null),
                Level(2, NumberFormatValues.DecimalEnclosedCircleChinese, "%3", indent * 5, indent, null)),
            Abstract(BulletAbstract, MultiLevelValues.HybridMultilevel,
                Level(0, NumberFormatValues.Bullet, ListNumbering.Bullet, indent * 2, indent, null),
                Level(1, NumberFormatValues.Bullet, ListNumbering.NestedBullet, indent * 3, indent, null)));

        foreach (var (numId, abstractId, start) in _instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
            if (abstractId == OrderedAbstract)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private static NumberFormatValues HeadingFormat(int level) => HeadingNumbering.IsChinese(level) ? NumberFormatValues.ChineseCounting : NumberFormatValues.Decimal;

    private static AbstractNum Abstract(int id, MultiLevelValues type, params Level[] levels)
    {
        var a = new AbstractNum(new MultiLevelType { Val = type }) { AbstractNumberId = id };
        a.Append(levels);
        return a;
    }

    private static Level Level(int index, NumberFormatValues format, string text, int left, int hanging, string? style, int firstLine = 0)
    {
        var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }) { LevelIndex = index };
        if (style is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = style });
        }

        // Headings run their number into the text (一、标题); list numbers are followed by a tab.
        level.Append(new LevelSuffix { Val = style is not null ? LevelSuffixValues.Nothing : LevelSuffixValues.Tab });
        level.Append(new LevelText { Val = text }, new LevelJustification { Val = LevelJustificationValues.Left });
        var ind = new Indentation { Left = Invariant(left) };
        if (hanging > 0)
        {
            ind.Hanging = Invariant(hanging);
        }
        else
        {
            ind.FirstLine = Invariant(firstLine);
        }

        level.Append(new PreviousParagraphProperties(ind));
        return level;
    }

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
