using System.Globalization;
using EcoBrief.Text;

namespace EcoBrief.Document;

/// <summary>
/// The date written into generated files (PDF metadata, Word core properties): SOURCE_DATE_EPOCH
/// (reproducible-builds.org) when set, else the document's own date, else 2000-01-01 — never the clock,
/// so that the same input gives the same bytes.
/// </summary>
public static class ReproducibleDate
{
    public static DateTime For(DocumentSettings settings)
    {
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime;
        }

        return IsoDate.TryParse(settings.Date, out var d)
            ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }
}
