using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Web.Components.Admin.Webhooks;

/// <summary>What the endpoint dialog edits. The URL and events are checked before the service is asked, which checks them again.</summary>
public sealed class WebhookEndpointForm
{
    public string? Url { get; set; }
    public string? Description { get; set; }
    public IReadOnlyCollection<string> Events { get; set; } = [];

    public static WebhookEndpointForm From(WebhookEndpointRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new() { Url = row.Url, Description = row.Description, Events = row.Events.ToList() };
    }

    public WebhookEndpointDraft ToDraft() =>
        new((Url ?? "").Trim(), (Description ?? "").Trim(), WebhookEvents.All.Where(Events.Contains).ToList());

    /// <summary>The problems the service would name for the URL and events, without a round trip.</summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        var url = (Url ?? "").Trim();
        if (url.Length == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(WebhookEndpointDraft.Url)));
        else if (!WebhookRules.IsValidUrl(url)) problems.Add(new Problem(WebhookRules.InvalidUrlProblem, nameof(WebhookEndpointDraft.Url)));
        if (Events.Count == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(WebhookEndpointDraft.Events)));
        return problems;
    }
}
