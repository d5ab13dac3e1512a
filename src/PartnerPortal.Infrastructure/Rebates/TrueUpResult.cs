namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>The true-ups a settlement posted for earlier periods: how many top-ups and claw-backs, and their net total.</summary>
public sealed record TrueUpResult(int TopUps, int ClawBacks, decimal Net)
{
    public static TrueUpResult None { get; } = new(0, 0, 0m);

    public int Count => TopUps + ClawBacks;

    public TrueUpResult Plus(decimal difference) =>
        difference > 0 ? this with { TopUps = TopUps + 1, Net = Net + difference } : this with { ClawBacks = ClawBacks + 1, Net = Net + difference };
}
