using EcoBrief.Writers.Overview;

namespace EcoBrief.Publishing;

/// <summary>One file of the overview of a build of many reports: its name beside the reports' folders, and its writer.</summary>
/// <param name="FileName">The file's name in the output folder: <c>index.html</c>, <c>overview.csv</c>.</param>
/// <param name="Writer">Its writer.</param>
public sealed record OverviewOutput(string FileName, IWriter<BuildOverview> Writer);
