using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// One thing wrong with a bulk write: the item's position in the request (null for the request as a whole, e.g. an
/// empty batch) and the <see cref="Problem"/>, whose field is the API's name for it (e.g. "listPrice", "contacts[0].email").
/// </summary>
public sealed record ItemProblem(int? Index, Problem Problem)
{
    public static ItemProblem For(int? index, string code, string field, params object[] args) => new(index, new Problem(code, field, args));
}
