using System.Collections.Concurrent;
using EcoBrief.Extraction;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Comparison;

/// <summary>Corpus reports read once per test run, by file name.</summary>
internal static class CorpusReports
{
    private static readonly ConcurrentDictionary<string, ExtractedReport> Read = new(StringComparer.Ordinal);

    public static string PathOf(string name) => TestPaths.TestFile("corpus", "texts", name);

    public static ExtractedReport Get(string name) => Read.GetOrAdd(name, n => Pipelines.Read(PathOf(n)));

    public static ExtractedReport StateCouncil(int year) => Get($"{year}-state-council-gov-work-report.txt");

    /// <summary>The consecutive State Council reports of the corpus (it has no 2015 or 2019).</summary>
    public static TheoryData<int, int> ConsecutiveYears => new()
    {
        { 2008, 2009 }, { 2009, 2010 }, { 2010, 2011 }, { 2011, 2012 }, { 2012, 2013 }, { 2013, 2014 }, { 2016, 2017 }, { 2017, 2018 }, { 2020, 2021 },
    };
}
