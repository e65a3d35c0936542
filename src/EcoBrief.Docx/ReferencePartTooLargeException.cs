using EcoBrief.IO;

namespace EcoBrief.Docx;

/// <summary>A part of a reference document inflates to more than <see cref="InputLimits.ReferenceDocxPart"/> (a zip bomb, say).</summary>
internal sealed class ReferencePartTooLargeException : Exception
{
    public ReferencePartTooLargeException()
    {
    }

    public ReferencePartTooLargeException(string message)
        : base(message)
    {
    }

    public ReferencePartTooLargeException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public static ReferencePartTooLargeException For(string part) =>
        new($"{part} inflates to more than the {InputLimits.Describe(InputLimits.ReferenceDocxPart)} limit for a part of a reference document");
}
