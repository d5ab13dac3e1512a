namespace PartnerPortal.Domain.Returns;

/// <summary>What the warehouse does with a returned line.</summary>
public enum ReturnDisposition
{
    /// <summary>Back on the shelf: on hand rises in the receiving warehouse.</summary>
    Restock,
    /// <summary>Unsellable: written off, no stock.</summary>
    Scrap,
}
