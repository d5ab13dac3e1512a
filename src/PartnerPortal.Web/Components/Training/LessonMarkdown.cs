using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerPortal.Web.Components.Training;

/// <summary>
/// Renders a lesson's Markdown to HTML that is safe to show as a <c>MarkupString</c>: raw HTML in the source is
/// escaped, <c>{attribute}</c> blocks are not parsed (they could add <c>onclick</c>), only absolute http(s) links survive
/// (any other link, <c>javascript:</c> or <c>data:</c>, is shown as its text), images only from where the
/// <see cref="LessonContentPolicy"/> allows (otherwise their description is shown), no video frames (a lesson's video is
/// its video link), and only the classes of <see cref="AuthorClasses"/> and of Markdig's own output: a
/// <c>::: mud-overlay</c> box would otherwise take the portal's own styles and cover the page.
/// </summary>
public static class LessonMarkdown
{
    /// <summary>The boxes a course author may put around a passage: <c>::: tip</c> … <c>:::</c>.</summary>
    public static IReadOnlyList<string> AuthorClasses { get; } = ["note", "tip", "warning", "important"];

    // Classes Markdig itself writes: task lists, maths, footnotes and "> [!NOTE]" alerts (a fixed set of kinds).
    private static readonly HashSet<string> GeneratedClasses =
        ["contains-task-list", "task-list-item", "math", "footnotes", "footnote-ref", "footnote-back-ref", "markdown-alert", "markdown-alert-title"];

    private static readonly HashSet<string> Allowed = [.. AuthorClasses, .. GeneratedClasses];

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static string ToHtml(string? markdown) => ToHtml(markdown, LessonContentPolicy.Default);

    public static string ToHtml(string? markdown, LessonContentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        MakeLinksSafe(document, policy);
        KeepAllowedClasses(document);

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

    /// <summary>Whether a class may stay on the rendered lesson: an author's box, Markdig's own, or a code block's language.</summary>
    public static bool IsAllowedClass(string name) =>
        Allowed.Contains(name) || name.StartsWith("markdown-alert-", StringComparison.Ordinal)
        || (name.StartsWith("language-", StringComparison.Ordinal) && name.Skip("language-".Length).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#'));

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        // Generic attributes would let a lesson write "# Title {onclick=...}"; media links turn an image of a video site
        // into an iframe of that site.
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension or MediaLinkExtension);
        return builder.Build();
    }

    private static void MakeLinksSafe(MarkdownDocument document, LessonContentPolicy policy)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage ? !policy.AllowsImage(link.Url) : !IsWebUrl(link.Url))
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

    private static void KeepAllowedClasses(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { Classes: { } classes }) classes.RemoveAll(c => !IsAllowedClass(c));
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
