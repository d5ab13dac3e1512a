namespace PartnerPortal.Web.Tests.Support;

/// <summary>The demo logins (assets/demo/users.json), one per role.</summary>
public static class DemoUsers
{
    public const string Admin = "admin@demo.partnerportal.local";
    public const string ManagerEast = "manager.east@demo.partnerportal.local"; // 华东 and 华南
    public const string Dealer = "dealer@demo.partnerportal.local";           // P0001, 华东
    public const string Trainee = "trainee@demo.partnerportal.local";         // P0001

    public static string ForRole(string role) => role switch
    {
        "Admin" => Admin,
        "ChannelManager" => ManagerEast,
        "Dealer" => Dealer,
        "Trainee" => Trainee,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
