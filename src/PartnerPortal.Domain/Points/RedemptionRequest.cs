namespace PartnerPortal.Domain.Points;

/// <summary>A user asking for one reward, with the figures read beforehand so the check is pure.</summary>
/// <param name="Role">The user's portal role (<see cref="Access.PortalRoles"/>).</param>
/// <param name="Balance">The partner's points balance now, with pending redemptions already taken off.</param>
/// <param name="PointsCost">What the reward costs.</param>
/// <param name="RewardStock">Units of the reward left, or null when it is not counted (e.g. priority supply).</param>
public sealed record RedemptionRequest(string Role, int Balance, int PointsCost, int? RewardStock);
