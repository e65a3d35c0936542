namespace EcoBrief.Tests.Support;

/// <summary>
/// Skips a test with its reason in its name. <c>dotnet test</c> prints a skipped test's name at its
/// default (minimal) verbosity but its reason only at <c>normal</c>, which also prints every passing
/// test; so the reason goes into the name: <c>Skipped PdfWriterTests.Qpdf_check_is_clean [skipped:
/// qpdf is not installed (.ci/run installs it)]</c>. Every attribute that skips goes through here
/// (<c>Support/SkipReasonTests</c> checks them all).
/// </summary>
internal static class Skipped
{
    public static void Because(FactAttribute test, string reason, string file, string method)
    {
        test.Skip = reason;
        test.DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{method} [skipped: {reason}]";
    }
}
