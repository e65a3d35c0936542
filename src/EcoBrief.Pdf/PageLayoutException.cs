using EcoBrief.Diagnostics;

namespace EcoBrief.Pdf;

/// <summary>
/// A document cannot be laid out as asked (a one-page document that does not fit, an element larger
/// than a page, a page that does not exist): the layout engine's own <c>LayoutException</c>, which
/// knows nothing of EcoBrief's errors, as a user error with the same message.
/// </summary>
public sealed class PageLayoutException : UserErrorException
{
    public PageLayoutException()
    {
    }

    public PageLayoutException(string message)
        : base(message)
    {
    }

    public PageLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
