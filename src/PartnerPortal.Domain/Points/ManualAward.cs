namespace PartnerPortal.Domain.Points;

/// <summary>Points a channel manager gives a partner by hand, or takes back (negative) to correct a mistake.</summary>
public sealed record ManualAward(int Points, string? Reason)
{
    public const int ReasonMaxLength = 200;
}
