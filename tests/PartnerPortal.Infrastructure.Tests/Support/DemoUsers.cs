namespace PartnerPortal.Infrastructure.Tests.Support;

/// <summary>E-mail addresses of the demo users in assets/demo/users.json.</summary>
public static class DemoUsers
{
    public const string Admin = "admin@demo.partnerportal.local";
    public const string ManagerEast = "manager.east@demo.partnerportal.local"; // EAST + SOUTH
    public const string ManagerNorth = "manager.north@demo.partnerportal.local"; // NORTH + SOUTHWEST
    public const string DealerP0001 = "dealer@demo.partnerportal.local";
    public const string TraineeP0001 = "trainee@demo.partnerportal.local";
    public const string DealerP0002 = "dealer.p0002@demo.partnerportal.local";
}
