using System.Globalization;

namespace EcoBrief.Templating;

/// <summary>
/// Where a briefing's text came from, as its footer says it: the publisher the text names (来源：安徽日报)
/// or the site its front matter gives, and the date it was posted there — never a file name, which
/// tells a reader on paper nothing. Null when the text names no source.
/// </summary>
internal static class SourceCredit
{
    /// <summary>来源：安徽日报，2026年2月11日 · 来源：www.sz.gov.cn · null.</summary>
    public static string? Of(Model.BriefingMeta meta)
    {
        var who = meta.Publication ?? Host(meta.SourceUrl);
        if (who is null)
        {
            return null;
        }

        return meta.Posted is { } posted ? $"来源：{who}，{TemplateFunctions.DateCn(posted)}" : $"来源：{who}";
    }

    /// <summary>The host of an http(s) URL (www.sz.gov.cn), or null.</summary>
    public static string? Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && u.Host.Length > 0
            ? u.Host.ToLower(CultureInfo.InvariantCulture)
            : null;
}
