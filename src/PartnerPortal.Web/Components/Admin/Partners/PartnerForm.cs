using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Web.Components.Admin.Partners;

/// <summary>The partner edit form's bindable values.</summary>
public sealed class PartnerForm
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public PartnerType Type { get; set; } = PartnerType.Dealer;
    public PartnerTier Tier { get; set; } = PartnerTier.Standard;
    public PartnerStatus Status { get; set; } = PartnerStatus.Active;
    public CreditRating CreditRating { get; set; } = CreditRating.B;
    public int RegionId { get; set; }
    public int? ParentPartnerId { get; set; }
    public List<ContactForm> Contacts { get; set; } = [];

    public static PartnerForm From(PartnerDraft d) => new()
    {
        Code = d.Code, Name = d.Name, NameEn = d.NameEn, Type = d.Type, Tier = d.Tier, Status = d.Status,
        CreditRating = d.CreditRating, RegionId = d.RegionId, ParentPartnerId = d.ParentPartnerId,
        Contacts = d.Contacts.Select(c => new ContactForm { Name = c.Name, Title = c.Title, Phone = c.Phone, Email = c.Email, IsPrimary = c.IsPrimary }).ToList(),
    };

    public PartnerDraft ToDraft() => new(Code, Name, NameEn, Type, Tier, Status, CreditRating, RegionId,
        Type == PartnerType.Distributor ? null : ParentPartnerId,
        Contacts.Select(c => new ContactDraft(c.Name, c.Title, c.Phone, c.Email, c.IsPrimary)).ToList());
}

public sealed class ContactForm
{
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public bool IsPrimary { get; set; }
}
