using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Domain.Tests.Auditing;

public sealed class AuditChangesTests
{
    [Theory]
    // An update: old and new, changed.
    [InlineData("""{"CreditLimit":{"old":500000.00,"new":800000.00}}""", "CreditLimit", "500000.00", "800000.00", true)]
    // A creation: no before.
    [InlineData("""{"Name":{"new":"宁波新港电器有限公司"}}""", "Name", null, "宁波新港电器有限公司", true)]
    // A deletion: no after.
    [InlineData("""{"Phone":{"old":"13900000000"}}""", "Phone", "13900000000", null, true)]
    // Created with no value: nothing changed.
    [InlineData("""{"NameEn":{"new":null}}""", "NameEn", null, null, false)]
    // Booleans and numbers read as written.
    [InlineData("""{"IsActive":{"old":true,"new":false}}""", "IsActive", "true", "false", true)]
    [InlineData("""{"Mode":{"old":1,"new":2}}""", "Mode", "1", "2", true)]
    // Money reads with two places whichever way the database handed it back; finer fractions and exponents stay as written.
    [InlineData("""{"CreditLimit":{"old":200000.0,"new":250000.00}}""", "CreditLimit", "200000.00", "250000.00", true)]
    [InlineData("""{"Rate":{"old":0.125,"new":-1.5}}""", "Rate", "0.125", "-1.50", true)]
    [InlineData("""{"Weight":{"old":1E3,"new":2}}""", "Weight", "1E3", "2", true)]
    // A masked secret: the change is shown, never the value.
    [InlineData("""{"ProtectedSecret":{"old":"***","new":"***"}}""", "ProtectedSecret", "***", "***", false)]
    // A detail that is not a pair (a refused sign-in's reason) is shown as it is.
    [InlineData("""{"reason":"LockedOut"}""", "reason", "LockedOut", "LockedOut", false)]
    public void A_stored_field_reads_as_before_and_after(string json, string field, string? before, string? after, bool changed)
    {
        var read = Assert.Single(AuditChanges.Read(json));

        Assert.Equal(new AuditFieldChange(field, before, after, changed), read);
    }

    [Fact]
    public void Fields_keep_their_stored_order()
    {
        var read = AuditChanges.Read("""{"Name":{"old":"A","new":"B"},"Code":{"old":"P1","new":"P1"},"Tier":{"old":0,"new":1}}""");

        Assert.Equal(["Name", "Code", "Tier"], read.Select(f => f.Field));
        Assert.Equal([true, false, true], read.Select(f => f.Changed));
    }

    [Fact]
    public void A_nested_object_that_is_not_a_pair_is_shown_as_json()
    {
        var read = Assert.Single(AuditChanges.Read("""{"address":{"city":"上海"}}"""));

        Assert.Equal("""{"city":"上海"}""", read.After);
        Assert.False(read.Changed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    [InlineData("{\"broken\":")]
    public void Text_without_fields_reads_as_none(string? json)
    {
        Assert.Empty(AuditChanges.Read(json));
    }
}
