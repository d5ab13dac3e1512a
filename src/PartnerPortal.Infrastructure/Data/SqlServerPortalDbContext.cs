using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>The portal on SQL Server, for production; owns the SQL Server migrations.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
