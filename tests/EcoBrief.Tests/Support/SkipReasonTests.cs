using System.Reflection;
using Xunit.Sdk;

namespace EcoBrief.Tests.Support;

/// <summary>
/// A skipped test shows why on the console of <c>dotnet test</c> (and so of <c>.ci/run</c>), as the
/// README says: its reason is in the name printed at the default verbosity (<see cref="Skipped"/>).
/// </summary>
public sealed class SkipReasonTests
{
    [Fact]
    public void A_skipped_test_is_named_with_its_reason()
    {
        var fact = new RequiresToolFactAttribute("ecobrief-no-such-tool");

        Assert.Equal("ecobrief-no-such-tool is not installed (.ci/run installs it)", fact.Skip);
        Assert.Equal($"SkipReasonTests.{nameof(A_skipped_test_is_named_with_its_reason)} [skipped: {fact.Skip}]", fact.DisplayName);
    }

    [Fact]
    public void Every_skip_in_the_tests_shows_its_reason_and_no_data_row_is_skipped()
    {
        var methods = typeof(SkipReasonTests).Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)).ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var name = $"{method.DeclaringType!.Name}.{method.Name}";
            foreach (var fact in method.GetCustomAttributes<FactAttribute>().Where(f => f.Skip is not null))
            {
                Assert.True(fact.DisplayName?.Contains(fact.Skip, StringComparison.Ordinal) == true, $"{name} is skipped, but its name does not say why: skip it with Skipped.Because (or an attribute of Support/ that does)");
            }

            // A data row's skip reason is printed nowhere at the default verbosity: write it as a test of its own.
            Assert.True(method.GetCustomAttributes<DataAttribute>().All(d => d.Skip is null), $"{name} skips a data row; make it a test of its own with a skipping attribute (OpenProblemFact…)");
        }
    }
}
