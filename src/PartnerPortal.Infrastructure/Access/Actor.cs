namespace PartnerPortal.Infrastructure.Access;

/// <summary>Who is doing the work of a database context; written into the audit log.</summary>
public sealed record Actor(string? UserId, string UserName)
{
    public static Actor Anonymous { get; } = new(null, "anonymous");
    public static Actor System(string job) => new(null, "system:" + job);
}
