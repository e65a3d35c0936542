namespace EcoBrief.Layout.Paging;

/// <summary>Content cannot be laid out: an element does not fit on an empty page, or a one-page document needs more.</summary>
public sealed class LayoutException : Exception
{
    public LayoutException()
    {
    }

    public LayoutException(string message)
        : base(message)
    {
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
