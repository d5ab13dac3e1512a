namespace PartnerPortal.Infrastructure.Integration;

/// <summary>Limits of the integration API's bulk writes.</summary>
public static class IntegrationLimits
{
    /// <summary>The most items one bulk request may carry; a larger batch is refused whole (send it in parts).</summary>
    public const int MaxBatchItems = 1_000;
}
