using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// The largest request body /api/v1 reads, instead of the server's 30 MB. Measured (ApiBodyLimitTests): a maximal valid batch
/// of 1,000 products (every text at its longest, in Chinese escaped as \uXXXX, three tier prices each) is 1.2 MB; 1,000
/// partners with ten contacts each at their longest are 8.9 MB, the largest batch there is with up to ten contacts a
/// partner. 12 MiB leaves room for indented JSON; a bigger body is refused with 413 before it is read.
/// </summary>
public static class ApiBodyLimit
{
    public const long MaxBytes = 12L * 1024 * 1024;

    /// <summary>413 as problem details: the body is too large to read; nothing was saved.</summary>
    public static ProblemHttpResult TooLarge(long? length) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"{(length is { } n ? $"The body has {n:N0} bytes; a" : "A")}t most {MaxBytes:N0} bytes are accepted in one request. Nothing was saved: send the items in parts."),
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.14");
}
