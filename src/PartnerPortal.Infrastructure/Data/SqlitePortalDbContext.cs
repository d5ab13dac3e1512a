using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>The portal on SQLite, the embedded default; owns the SQLite migrations.</summary>
public sealed class SqlitePortalDbContext : PortalDbContext
{
    public SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : base(options)
    {
        // Every save in a transaction, even of one statement, so that it passes the writer gate
        // (SqliteWriterGateInterceptor) instead of polling for SQLite's write lock.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type: stored as numbers, moments can be compared and sorted in SQL
        // (order lists newest first, date filters), which text would not allow.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Decimals are text here, and zero is written as '0.0': the filter matches LedgerQueries.Overdue word for word,
        // which is what lets SQLite use the index.
        builder.Entity<Domain.Credit.LedgerEntry>().HasIndex(e => new { e.PartnerId, e.DueDate, e.OpenAmount }, OpenInvoicesIndex)
            .HasFilter("\"DueDate\" IS NOT NULL AND \"OpenAmount\" <> '0.0'");
    }
}
