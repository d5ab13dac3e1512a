using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace PartnerPortal.Web.Components;

/// <summary>
/// How pages reach the browser: prerendered as HTML first (the default: content shows before the circuit connects),
/// or drawn only by the circuit (<c>Rendering:Prerender=false</c>, which saves the server the prerender's work).
/// </summary>
public sealed class RenderingOptions
{
    private static readonly IComponentRenderMode WithoutPrerendering = new InteractiveServerRenderMode(prerender: false);

    public bool Prerender { get; init; } = true;

    /// <summary>The render mode of the pages' root components.</summary>
    public IComponentRenderMode InteractiveMode => Prerender ? RenderMode.InteractiveServer : WithoutPrerendering;

    public static RenderingOptions Read(IConfiguration configuration)
    {
        var value = configuration["Rendering:Prerender"];
        if (string.IsNullOrWhiteSpace(value)) return new RenderingOptions();
        return bool.TryParse(value, out var prerender)
            ? new RenderingOptions { Prerender = prerender }
            : throw new InvalidOperationException($"Rendering:Prerender must be true or false, not '{value}'.");
    }
}
