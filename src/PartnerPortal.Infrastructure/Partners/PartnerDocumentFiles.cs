using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// The folder of the scans of qualification documents, outside the web root: nothing in it is served except through the
/// scan endpoint, which checks the caller's scope. A file is stored under 32 random hex digits and nothing else, so no
/// uploaded name reaches the file system, and only such names are read back.
/// </summary>
public sealed partial class PartnerDocumentFiles
{
    /// <summary>The setting naming the folder; a relative path is taken from the content root.</summary>
    public const string FolderSetting = "PartnerDocuments:ScansFolder";
    public const string DefaultFolderName = "partner-documents";

    private const int BufferSize = 64 * 1024;

    /// <param name="folder">Where the files go; made absolute from the working directory when relative. Created on the first save.</param>
    public PartnerDocumentFiles(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The absolute path of the folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// The folder named by <see cref="FolderSetting"/> (a relative one under the content root); otherwise a
    /// "partner-documents" folder next to the SQLite database file, like the key ring, so that the scans live and are
    /// backed up with the rows that name them; otherwise (SQL Server) "data/partner-documents" under the content root.
    /// </summary>
    public static string FolderFrom(IConfiguration configuration, DatabaseOptions database, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        var root = string.IsNullOrWhiteSpace(contentRoot) ? AppContext.BaseDirectory : contentRoot;
        var configured = configuration[FolderSetting];
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, root);
        if (database.Provider == DatabaseProvider.Sqlite && PortalDataProtection.SqliteFolder(database.ConnectionString) is { } folder)
            return Path.Combine(folder, DefaultFolderName);
        return Path.Combine(root, "data", DefaultFolderName);
    }

    /// <summary>
    /// Stores <paramref name="head"/> followed by the rest of <paramref name="rest"/> under a new name, streamed, as long
    /// as the whole stays within <paramref name="maxBytes"/>. Returns the name and the size; null when the content turned
    /// out larger, in which case nothing is left behind (nor on a failed read).
    /// </summary>
    public async Task<(string StoredName, long Size)?> SaveAsync(ReadOnlyMemory<byte> head, Stream rest, long maxBytes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rest);
        Directory.CreateDirectory(Folder);
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(Folder, storedName);
        var kept = false;
        // CreateNew: never over another file.
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        try
        {
            long size = head.Length;
            await using (file)
            {
                if (size > maxBytes) return null;
                await file.WriteAsync(head, ct);
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await rest.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    // The size a browser declares may be false: the bytes are counted as they come.
                    if (size > maxBytes) return null;
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            kept = true;
            return (storedName, size);
        }
        finally
        {
            if (!kept) File.Delete(path);
        }
    }

    /// <summary>The stored file for reading (asynchronous, shared for reading), or null when there is no such file.</summary>
    /// <exception cref="ArgumentException">The name is not one <see cref="SaveAsync"/> gives.</exception>
    public Stream? OpenRead(string storedName)
    {
        try
        {
            return new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Deletes the stored file; false when there was none.</summary>
    /// <exception cref="ArgumentException">The name is not one <see cref="SaveAsync"/> gives.</exception>
    public bool Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    /// <summary>Whether the name is one <see cref="SaveAsync"/> gives: 32 lower-case hex digits.</summary>
    public static bool IsStoredName(string? name) => name is not null && StoredName().IsMatch(name);

    private string PathOf(string storedName)
    {
        if (!IsStoredName(storedName)) throw new ArgumentException("Not the name of a stored scan.", nameof(storedName));
        return Path.Combine(Folder, storedName);
    }

    // \z, not $: "$" would also match before a final line feed.
    [GeneratedRegex(@"^[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StoredName();
}
