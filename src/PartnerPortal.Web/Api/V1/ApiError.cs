namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// One invalid item of a request, as listed in a problem's <c>errors</c>:
/// <c>{ "index": 3, "field": "listPrice", "code": "Problem.OutOfRange", "message": "listPrice must be between 0 and 99999999.99." }</c>.
/// </summary>
/// <param name="Index">The item's position in the request's <c>items</c> (from 0); null when the request as a whole is wrong.</param>
/// <param name="Field">The JSON property, as sent (camelCase, e.g. <c>contacts[0].email</c>).</param>
/// <param name="Code">A stable code to branch on: a <c>Problem.*</c> code of the portal, or <c>Api.MalformedJson</c>.</param>
/// <param name="Message">The same in English, for people reading logs.</param>
public sealed record ApiError(int? Index, string Field, string Code, string Message);
