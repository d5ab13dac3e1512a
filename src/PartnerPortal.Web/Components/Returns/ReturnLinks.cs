using System.Globalization;

namespace PartnerPortal.Web.Components.Returns;

/// <summary>Where the return pages and the ledger a return's credit note is on live.</summary>
public static class ReturnLinks
{
    public static string Page(string number) => "/returns/" + Uri.EscapeDataString(number);

    public static string Receipt(string number) => Page(number) + "/receipt";

    public static string Request(int orderId) => $"/orders/{orderId.ToString(CultureInfo.InvariantCulture)}/return";

    /// <summary>A dealer's own ledger is /credit; brand staff see the partner's.</summary>
    public static string Ledger(bool brandStaff, int partnerId) =>
        brandStaff ? $"/partners/{partnerId.ToString(CultureInfo.InvariantCulture)}/credit" : "/credit";
}
