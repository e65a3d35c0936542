using System.Globalization;
using EcoBrief.Diagnostics;
using EcoBrief.Chinese;

namespace EcoBrief.Document;

/// <summary>
/// The date written into generated files (PDF metadata, Word core properties): SOURCE_DATE_EPOCH
/// (reproducible-builds.org) when set, else the document's own date, else 2000-01-01 — never the clock,
/// so that the same input gives the same bytes.
/// </summary>
/// <remarks>
/// https://reproducible-builds.org/specs/source-date-epoch/: the value is a decimal count of seconds
/// since 1970-01-01 00:00:00 UTC, and a malformed one must fail the build rather than be ignored.
/// Accepted here: 0 to 253402300799 (9999-12-31T23:59:59Z, the last date a PDF or Word file can carry).
/// </remarks>
public static class ReproducibleDate
{
    private const string Variable = "SOURCE_DATE_EPOCH";

    /// <exception cref="InputRejectedException">SOURCE_DATE_EPOCH is set to something that is not such a count.</exception>
    public static DateTime For(DocumentSettings settings)
    {
        if (FromEnvironment() is { } epoch)
        {
            return epoch;
        }

        return IsoDate.TryParse(settings.Date, out var d)
            ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>The date SOURCE_DATE_EPOCH gives, or null when it is unset or empty.</summary>
    /// <exception cref="InputRejectedException">It is set to something that is not a count of seconds in range.</exception>
    public static DateTime? FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The date a SOURCE_DATE_EPOCH value gives, or null for none (unset or empty).</summary>
    /// <exception cref="InputRejectedException">Not a count of seconds from 0 to 253402300799.</exception>
    public static DateTime? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var max = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > max)
        {
            var shown = string.Concat((value.Length > 40 ? value[..40] + "…" : value).Select(c => char.IsControl(c) ? '?' : c));
            throw new InputRejectedException(
                $"{Variable}='{shown}' is not a number of seconds since 1970-01-01 UTC from 0 to {max.ToString(CultureInfo.InvariantCulture)} (reproducible-builds.org); set it to one, such as $(git log -1 --format=%ct), or unset it");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
    }
}
