using Microsoft.Extensions.Configuration;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Tests.Partners;

/// <summary>The PartnerDocuments settings: the scan limit and the folder the scans are kept in.</summary>
public sealed class PartnerDocumentSettingsTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => v.Value)).Build();

    [Theory]
    [InlineData(null, 10)]
    [InlineData("", 10)]
    [InlineData("1", 1)]
    [InlineData(" 25 ", 25)]
    [InlineData("100", 100)]
    public void The_scan_limit_is_a_whole_number_of_megabytes_10_unless_set(string? value, int megabytes)
    {
        var options = PartnerDocumentOptions.Read(Settings(("PartnerDocuments:ScanMaxMegabytes", value)));

        Assert.Equal((megabytes, megabytes * 1024L * 1024), (options.ScanMaxMegabytes, options.ScanMaxBytes));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-5")]
    [InlineData("2.5")]
    [InlineData("10MB")]
    public void A_wrong_limit_stops_the_portal_naming_the_setting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PartnerDocumentOptions.Read(Settings(("PartnerDocuments:ScanMaxMegabytes", value))));

        Assert.Contains("PartnerDocuments:ScanMaxMegabytes", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scans_are_kept_next_to_the_sqlite_database_unless_a_folder_is_set()
    {
        var root = Path.Combine(Path.GetTempPath(), "pp-content-root");
        var sqlite = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=/srv/portal/data/portal.db" };
        var sqlServer = new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=db;Database=portal" };

        Assert.Equal("/srv/portal/data/partner-documents", PartnerDocumentFiles.FolderFrom(Settings(), sqlite, root));
        Assert.Equal(Path.Combine(root, "data", "partner-documents"), PartnerDocumentFiles.FolderFrom(Settings(), sqlServer, root));
        Assert.Equal(Path.Combine(root, "scans"), PartnerDocumentFiles.FolderFrom(Settings(("PartnerDocuments:ScansFolder", "scans")), sqlite, root));
        Assert.Equal("/var/scans", PartnerDocumentFiles.FolderFrom(Settings(("PartnerDocuments:ScansFolder", "/var/scans")), sqlServer, root));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", false)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("0123456789abcdef0123456789abcdef.png", false)]
    [InlineData("../0123456789abcdef0123456789abcd", false)]
    [InlineData("0123456789abcdef0123456789abcdef\n", false)]
    [InlineData(null, false)]
    public void Only_names_the_store_makes_up_are_read(string? name, bool stored)
    {
        Assert.Equal(stored, PartnerDocumentFiles.IsStoredName(name));
        if (!stored && name is not null) Assert.Throws<ArgumentException>(() => new PartnerDocumentFiles(Path.GetTempPath()).OpenRead(name));
    }
}
