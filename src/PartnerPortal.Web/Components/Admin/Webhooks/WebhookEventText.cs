using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Web.Components.Admin.Webhooks;

/// <summary>One line per event saying when it is sent, for the admin choosing an endpoint's events.</summary>
public static class WebhookEventText
{
    public static string Explain(IStringLocalizer localizer, string type) => type switch
    {
        WebhookEvents.OrderSubmitted => localizer["A partner submitted an order (approved at once or waiting for approval)."],
        WebhookEvents.OrderApproved => localizer["An order was approved, automatically or by a channel manager."],
        WebhookEvents.OrderCancelled => localizer["An order was cancelled before it shipped."],
        WebhookEvents.OrderShipped => localizer["Part or all of an order shipped and was invoiced."],
        WebhookEvents.PaymentPosted => localizer["A partner's payment was recorded and applied to its invoices."],
        WebhookEvents.PaymentReversed => localizer["A recorded payment was reversed (bounced, wrong partner …): the invoices it paid are owed again."],
        WebhookEvents.RebateSettled => localizer["A rebate was settled as a credit note on the partner's account."],
        WebhookEvents.ReturnRequested => localizer["A dealer asked to return shipped goods (RMA)."],
        WebhookEvents.ReturnReceived => localizer["A return was counted in at the warehouse and credited."],
        _ => type,
    };
}
