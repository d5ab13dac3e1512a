using Microsoft.Extensions.Configuration;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// The folder of the photos of returned goods and their thumbnails, kept like the scans of qualification documents
/// (<see cref="PartnerDocumentFiles"/>: outside the web root, under random names, served only through the photo endpoint
/// within the caller's scope), in a folder of their own.
/// </summary>
public sealed class ReturnPhotoFiles(string folder)
{
    /// <summary>The setting naming the folder; a relative path is taken from the content root.</summary>
    public const string FolderSetting = "Returns:PhotosFolder";
    public const string DefaultFolderName = "return-photos";

    public PartnerDocumentFiles Store { get; } = new(folder);

    /// <summary>
    /// The folder named by <see cref="FolderSetting"/> (a relative one under the content root); otherwise a "return-photos"
    /// folder next to the SQLite database file; otherwise (SQL Server) "data/return-photos" under the content root.
    /// </summary>
    public static string FolderFrom(IConfiguration configuration, DatabaseOptions database, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        var root = string.IsNullOrWhiteSpace(contentRoot) ? AppContext.BaseDirectory : contentRoot;
        var configured = configuration[FolderSetting];
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, root);
        if (database.Provider == DatabaseProvider.Sqlite && PortalDataProtection.SqliteFolder(database.ConnectionString) is { } sqlite)
            return Path.Combine(sqlite, DefaultFolderName);
        return Path.Combine(root, "data", DefaultFolderName);
    }
}
