using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>The portal on SQL Server, for production; owns the SQL Server migrations.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Domain.Credit.LedgerEntry>().HasIndex(e => new { e.PartnerId, e.DueDate, e.OpenAmount }, OpenInvoicesIndex)
            .HasFilter("[DueDate] IS NOT NULL AND [OpenAmount] <> 0");
    }
}
