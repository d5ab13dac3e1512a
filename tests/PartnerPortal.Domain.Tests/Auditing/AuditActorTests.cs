using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Tests.Auditing;

public sealed class AuditActorTests
{
    [Theory]
    // A person: the display name when known, the sign-in name otherwise.
    [InlineData("admin@demo.partnerportal.local", "系统管理员", AuditActorKind.User, "系统管理员")]
    [InlineData("admin@demo.partnerportal.local", null, AuditActorKind.User, "admin@demo.partnerportal.local")]
    [InlineData("admin@demo.partnerportal.local", "  ", AuditActorKind.User, "admin@demo.partnerportal.local")]
    // An integration stays api:<key name>, whatever a user of that name would be called.
    [InlineData("api:erp", "ERP 用户", AuditActorKind.ApiKey, "api:erp")]
    // The portal itself, with the job when one was named.
    [InlineData("system", null, AuditActorKind.System, "")]
    [InlineData("system:start-up", null, AuditActorKind.System, "start-up")]
    // A person whose e-mail merely starts with "system" is a person.
    [InlineData("systems@example.com", null, AuditActorKind.User, "systems@example.com")]
    [InlineData("anonymous", null, AuditActorKind.Anonymous, "")]
    [InlineData("", null, AuditActorKind.Anonymous, "")]
    [InlineData(null, null, AuditActorKind.Anonymous, "")]
    public void A_stored_actor_reads_as_who_did_it(string? userName, string? displayName, AuditActorKind kind, string name)
    {
        Assert.Equal(new AuditActor(kind, name), AuditActor.Of(userName, displayName));
    }
}
