using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Orders;

/// <summary>
/// Problems of carts and orders as sentences. Ordering problems often name a product's SKU as their field
/// (e.g. "AC-1001: is below the minimum order quantity of 2."), which has no "Field.*" translation; the SKU is
/// then shown as it is, and left out when the message names it already. Other fields go through
/// <see cref="ProblemMessages"/>. An order status passed as an argument is translated.
/// </summary>
public static class OrderProblemText
{
    public static string Format(IStringLocalizer localizer, Problem problem)
    {
        var args = TranslatedArgs(localizer, problem);
        if (problem.Field is null || problem.Field.Contains('[') || !localizer["Field." + problem.Field].ResourceNotFound)
            return ProblemMessages.Format(localizer, problem with { Args = args });

        var message = localizer[problem.Code, args].Value;
        return args.Length > 0 && string.Equals(args[0] as string, problem.Field, StringComparison.OrdinalIgnoreCase)
            ? message
            : $"{problem.Field}: {message}";
    }

    public static string Join(IStringLocalizer localizer, IEnumerable<Problem> problems) =>
        string.Join(" ", problems.Select(p => Format(localizer, p)));

    private static object[] TranslatedArgs(IStringLocalizer localizer, Problem problem) =>
        problem.Code == ProblemCodes.WrongOrderStatus && problem.Args is [string name] && Enum.TryParse<OrderStatus>(name, out var status)
            ? [localizer.Of(status)]
            : problem.Args;
}
