using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerPortal.Web.Components.Training;

/// <summary>
/// Renders a lesson's Markdown to HTML that is safe to show as a <c>MarkupString</c>: raw HTML in the source is
/// escaped, <c>{attribute}</c> blocks are not parsed (they could add <c>onclick</c>), and only absolute http(s) links
/// and images survive; any other link (<c>javascript:</c>, <c>data:</c>, relative) is shown as its plain text.
/// </summary>
public static class LessonMarkdown
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        MakeLinksSafe(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Only absolute http and https URLs may be followed from a lesson.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        // Generic attributes would let a lesson write "# Title {onclick=...}".
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension);
        return builder.Build();
    }

    private static void MakeLinksSafe(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsWebUrl(link.Url))
            {
                Unwrap(link);
                continue;
            }
            if (!link.IsImage)
            {
                // Lessons link out of the portal: a new tab keeps the lesson open.
                var attributes = link.GetAttributes();
                attributes.AddPropertyIfNotExist("target", "_blank");
                attributes.AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsWebUrl(autolink.Url)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>Keeps a link's text (or an image's description) in its place, without the link.</summary>
    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }
        container.Remove();
    }
}
