namespace EcoBrief.Templating;

/// <summary>
/// A template could not be loaded, parsed or rendered. The message is one line in the form
/// <c>path(line,col): message</c>, as compilers and Scriban itself report.
/// </summary>
public sealed class TemplateException : Diagnostics.UserErrorException
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
