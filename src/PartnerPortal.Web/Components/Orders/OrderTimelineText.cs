using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Web.Components.Orders;

/// <summary>
/// The sentences of an order's history, written from the facts the event stores, in the reader's language and money
/// format. Display only: every figure comes from the event.
/// </summary>
public static class OrderTimelineText
{
    /// <summary>What the step recorded, or null when it recorded no fact.</summary>
    public static string? Fact(IStringLocalizer localizer, OrderEventView e)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Credit is not { } c) return null;
        var limit = Money(c.Limit);
        var exposure = Money(c.Exposure);
        var after = Money(c.ExposureAfter);
        var available = Money(c.Available);
        var order = Money(c.OrderTotal);
        return e.Fact switch
        {
            OrderEventFact.CreditHold => localizer["Over the available credit: order {0}, available {1} (credit limit {2}, exposure {3}); over the limit by {4}",
                order, available, limit, exposure, Money(c.OverLimitBy)].Value,
            OrderEventFact.CreditApproval when c.OverLimitBy > 0 => localizer["Credit limit {0}, exposure {1} → {2}, available {3}, order {4}: over the limit by {5}",
                limit, exposure, after, available, order, Money(c.OverLimitBy)].Value,
            OrderEventFact.CreditApproval => localizer["Credit limit {0}, exposure {1} → {2}, available {3}, order {4}: within the limit",
                limit, exposure, after, available, order].Value,
            _ => null,
        };
    }

    /// <summary>
    /// The step's note: what a person wrote, shown as written. Steps written before facts were stored carry the portal's
    /// English sentence here; the ones with a translation (e.g. "Over the available credit") are shown translated.
    /// </summary>
    public static string? Note(IStringLocalizer localizer, OrderEventView e)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(e);
        if (string.IsNullOrWhiteSpace(e.Note)) return null;
        return e.Fact == OrderEventFact.None ? localizer[e.Note].Value : e.Note;
    }

    private static string Money(decimal amount) => amount.ToString("C", CultureInfo.CurrentCulture);
}
