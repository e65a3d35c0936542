using System.Globalization;

namespace EcoBrief.Extraction.Scoring;

/// <summary>
/// How often each kind of choice was right on the tuning keys, by the evidence it rests on (a bucket:
/// <c>review-part:heading</c>, <c>list:0.85-0.95</c>, <c>speaker:role-name</c>…): the calibrated
/// confidence of a choice is read from here. Written by the fitting tool as (right + 1) / (seen + 2)
/// from the keys (weights/calibration.tsv); a bucket never seen there is an even chance.
/// </summary>
internal static class Calibration
{
    private static LinearModel Table => LinearModel.Embedded("calibration");

    /// <summary>The chance a choice of <paramref name="bucket"/> is right.</summary>
    public static double Of(string bucket) => Table.Weights.TryGetValue(bucket, out var p) ? p : 0.5;

    /// <summary>The bucket of a list chosen with probability <paramref name="p"/> among its candidates.</summary>
    public static string ListBin(double p) => p switch
    {
        < 0.4 => "list:0-0.4",
        < 0.6 => "list:0.4-0.6",
        < 0.8 => "list:0.6-0.8",
        < 0.9 => "list:0.8-0.9",
        _ => "list:0.9-1",
    };

    public static string Percent(double p) => p.ToString("P0", CultureInfo.InvariantCulture);
}
