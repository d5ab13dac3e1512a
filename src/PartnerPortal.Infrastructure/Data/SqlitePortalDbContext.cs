using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>The portal on SQLite, the embedded default; owns the SQLite migrations.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);
