using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Web.Account;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Endpoints the account pages post to that are not pages themselves.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var accountGroup = endpoints.MapGroup("/Account");

        // Sign-out is a POST with an antiforgery token, so no other site can sign a user out.
        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<PortalUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~" + ReturnUrls.ToLocalPath(returnUrl));
        });

        return accountGroup;
    }
}
