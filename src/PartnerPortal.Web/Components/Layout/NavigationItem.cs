namespace PartnerPortal.Web.Components.Layout;

/// <summary>One entry of the side navigation: where it goes, its English label (a translation key), and who sees it.</summary>
public sealed record NavigationItem(string Href, string Label, string Icon, IReadOnlyList<string> Roles, string? Group = null)
{
    public bool IsFor(IEnumerable<string> roles) => Roles.Intersect(roles).Any();
}
