using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Ordering;

/// <summary>A product in a user's cart, kept on the server so it survives a reload or a reconnect.</summary>
public sealed class CartLine : IPartnerOwned
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Quantity { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
