using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>Picks the name in the reader's language by the portal's one rule, <see cref="LocalName"/>.</summary>
public static class Names
{
    public static string Local(string chinese, string? english) => new LocalName(chinese, english).ToString();
}
