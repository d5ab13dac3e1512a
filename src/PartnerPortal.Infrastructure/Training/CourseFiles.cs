using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>
/// The folder where the app keeps the files of courses: lesson materials and cover images. A file is stored under a
/// name the app makes up (32 random hex digits and the original extension, e.g. <c>3f2a…9c.pdf</c>), never under the
/// name it was uploaded with, and only such names are read back: an uploaded name or a URL cannot reach outside the
/// folder. The original name and content type are the database's to keep (<see cref="Domain.Training.LessonMaterial"/>).
/// </summary>
public sealed partial class CourseFiles
{
    /// <summary>The setting naming the folder; a relative path is taken from the content root.</summary>
    public const string FolderSetting = "Training:FilesFolder";

    /// <summary>
    /// The folder when none is set: <c>data/course-files</c> under the content root (the web project's folder under
    /// <c>dotnet run</c>), next to the SQLite database's <c>data/partnerportal.db</c>, so that one folder holds what the
    /// app stores and survives a redeploy of its binaries.
    /// </summary>
    public const string DefaultFolder = "data/course-files";

    private const int MaxExtensionLength = 10;

    /// <param name="folder">Where the files go; made absolute from the working directory when relative. Created on the first save.</param>
    public CourseFiles(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The absolute path of the folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// The folder named by <see cref="FolderSetting"/>, or <see cref="DefaultFolder"/>; a relative one under
    /// <paramref name="contentRoot"/> (the host's content root), or under <see cref="AppContext.BaseDirectory"/> without one.
    /// </summary>
    public static CourseFiles FromConfiguration(IConfiguration configuration, string? contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[FolderSetting];
        var folder = string.IsNullOrWhiteSpace(configured) ? DefaultFolder : configured;
        var root = string.IsNullOrWhiteSpace(contentRoot) ? AppContext.BaseDirectory : contentRoot;
        return new CourseFiles(Path.IsPathRooted(folder) ? folder : Path.Combine(root, folder));
    }

    /// <summary>
    /// Stores the content under a new name and returns that name: random, with the original name's extension in lower
    /// case when it is a plain one (letters and digits, up to 10), without one otherwise.
    /// </summary>
    /// <param name="originalName">The name the file was uploaded with; only its extension is used.</param>
    /// <exception cref="ArgumentException">The original name is empty or holds a path separator or a control character.</exception>
    public async Task<string> SaveAsync(Stream content, string originalName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(originalName);
        if (originalName.IndexOfAny(['/', '\\']) >= 0 || originalName.Any(char.IsControl))
            throw new ArgumentException("A file name may not hold a path separator or a control character.", nameof(originalName));

        Directory.CreateDirectory(Folder);
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + Extension(originalName);
        var path = Path.Combine(Folder, storedName);
        // CreateNew: never over another file; once this one is made, a failed copy leaves no half file behind.
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        try
        {
            await using (file) await content.CopyToAsync(file, ct);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return storedName;
    }

    /// <summary>The stored file for reading (asynchronous, shared for reading), or null when there is no such file.</summary>
    /// <exception cref="ArgumentException">The name is not one <see cref="SaveAsync"/> gives (a path, "..", another name).</exception>
    public Stream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
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

    /// <summary>Whether the name is one <see cref="SaveAsync"/> gives: 32 lower-case hex digits and an optional plain extension.</summary>
    public static bool IsStoredName(string? name) => name is not null && StoredName().IsMatch(name);

    private string PathOf(string storedName)
    {
        if (!IsStoredName(storedName)) throw new ArgumentException("Not the name of a stored course file.", nameof(storedName));
        return Path.Combine(Folder, storedName);
    }

    private static string Extension(string originalName)
    {
        var extension = Path.GetExtension(originalName);
        return extension.Length is > 1 and <= MaxExtensionLength + 1 && extension.Skip(1).All(char.IsAsciiLetterOrDigit)
            ? extension.ToLowerInvariant()
            : "";
    }

    // \z, not $: "$" would also match before a final line feed.
    [GeneratedRegex(@"^[0-9a-f]{32}(\.[a-z0-9]{1,10})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex StoredName();
}
