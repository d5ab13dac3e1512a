using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>What the bulk sync services share: who may call them, the batch size, and reading the API's names and values.</summary>
internal static class SyncSupport
{
    /// <summary>An integration (its scope was checked by the endpoint) or an administrator, who maintains the same data in the portal.</summary>
    /// <exception cref="ScopeViolationException">The caller is neither.</exception>
    public static void RequireAdminOrIntegration(CurrentUser user)
    {
        if (!user.IsIntegration) RoleGuard.Require(user, PortalRoles.Admin);
    }

    /// <summary>A problem with the batch as a whole: none or too many items.</summary>
    public static ItemProblem? CheckBatch<T>(IReadOnlyCollection<T>? items)
    {
        if (items is null || items.Count == 0) return ItemProblem.For(null, ProblemCodes.Required, "items");
        return items.Count > IntegrationLimits.MaxBatchItems
            ? ItemProblem.For(null, ProblemCodes.OutOfRange, "items", 1, IntegrationLimits.MaxBatchItems)
            : null;
    }

    /// <summary>
    /// An enum value by its name, ignoring case ("core" → Core); numbers are not names. Adds Required when
    /// <paramref name="required"/> and nothing was sent, NotFound when the name is unknown.
    /// </summary>
    public static TEnum? ParseEnum<TEnum>(List<Problem> problems, string field, string? value, bool required) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) problems.Add(new Problem(ProblemCodes.Required, field));
            return null;
        }
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            problems.Add(new Problem(ProblemCodes.NotFound, field, value.Trim()));
            return null;
        }
        return Enum.Parse<TEnum>(name);
    }

    /// <summary>A domain rule's field ("ListPrice", "Contacts[0].Email") as the API names it ("listPrice", "contacts[0].email").</summary>
    public static string ApiField(string? field, IReadOnlyDictionary<string, string>? renamed = null)
    {
        if (string.IsNullOrEmpty(field)) return "";
        if (renamed is not null && renamed.TryGetValue(field, out var name)) return name;
        return string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
    }

    /// <summary>The domain rules' problems for item <paramref name="index"/>, with the fields renamed as the API names them.</summary>
    public static IEnumerable<ItemProblem> ForItem(int index, IEnumerable<Problem> problems, IReadOnlyDictionary<string, string>? renamed = null,
        string prefix = "") =>
        problems.Select(p => new ItemProblem(index, p with { Field = prefix + ApiField(p.Field, renamed) }));
}
