namespace EcoBrief.Ingest.Html;

/// <summary>An element of a parsed page, or a run of its text (<see cref="Text"/> set, no name).</summary>
internal sealed class HtmlNode
{
    private HtmlNode(string? name, string? text, int line)
    {
        Name = name;
        Text = text;
        Line = line;
    }

    /// <summary>The element's name in lower case; null for text.</summary>
    public string? Name { get; }

    /// <summary>The text, its character references decoded, its white space as written; null for an element.</summary>
    public string? Text { get; }

    /// <summary>The line of the page's source where the element's start tag, or the text, begins.</summary>
    public int Line { get; }

    public HtmlNode? Parent { get; private set; }

    public List<HtmlNode> Children { get; } = [];

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsText => Name is null;

    public static HtmlNode Element(string name, int line) => new(name, null, line);

    public static HtmlNode TextRun(string text, int line) => new(null, text, line);

    public void Add(HtmlNode child)
    {
        child.Parent = this;
        Children.Add(child);
    }

    public void Remove()
    {
        Parent?.Children.Remove(this);
        Parent = null;
    }

    public string Attribute(string name) => Attributes.TryGetValue(name, out var v) ? v : string.Empty;

    /// <summary>The element and every element and text under it, in document order (no recursion: a page may nest deep).</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>Whether <paramref name="ancestor"/> holds this node (or is it).</summary>
    public bool IsWithin(HtmlNode ancestor)
    {
        for (var n = this; n is not null; n = n.Parent)
        {
            if (ReferenceEquals(n, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() =>
        IsText ? $"\"{Text}\"" : $"<{Name}{(Attribute("id") is { Length: > 0 } id ? $" id=\"{id}\"" : string.Empty)}{(Attribute("class") is { Length: > 0 } c ? $" class=\"{c}\"" : string.Empty)}>";
}
