using EcoBrief.Diagnostics;

namespace EcoBrief.IO;

/// <summary>
/// An output <see cref="OutputGuard"/> would not write, because it is (by its real path) an input of
/// the same run, or inside the templates folder. The message is the line for the user.
/// </summary>
public sealed class OutputRefusedException : UserErrorException
{
    public OutputRefusedException()
    {
    }

    public OutputRefusedException(string message)
        : base(message)
    {
    }

    public OutputRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OutputRefusedException(string output, string input, string why)
        : base($"{output}: refused to write: {why}")
    {
        Output = output;
        Input = input;
    }

    /// <summary>The output path, as the run would write it.</summary>
    public string Output { get; } = string.Empty;

    /// <summary>The input it would replace (or the folder it would write into), as given.</summary>
    public string Input { get; } = string.Empty;
}
