using EcoBrief.Cli;
using EcoBrief.Diagnostics;

namespace EcoBrief.Tests.Cli;

public sealed class CommandErrorsTests
{
    [Fact]
    public void A_refusal_of_the_source_names_it_once()
    {
        var refusal = new InputRejectedException("甲 报告.txt", "no such file", null);
        Assert.Equal("ecobrief: error: 甲 报告.txt: no such file", CommandErrors.ErrorLine("甲 报告.txt", refusal.Message, refusal));
    }

    [Fact]
    public void Any_other_failure_gets_the_source_in_front_even_when_its_message_starts_with_the_same_text()
    {
        // A template's error that happens to begin with the source's name is still not about the source.
        var error = new InvalidDataException("report: template error at (3,4)");
        Assert.Equal("ecobrief: error: report: report: template error at (3,4)", CommandErrors.ErrorLine("report", error.Message, error));
        var other = new InputRejectedException("other.txt", "no such file", null);
        Assert.Equal("ecobrief: error: report.txt: other.txt: no such file", CommandErrors.ErrorLine("report.txt", other.Message, other));
    }
}
