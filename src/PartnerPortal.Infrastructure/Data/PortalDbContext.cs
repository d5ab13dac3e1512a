using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Catalog;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Domain.Training;
using PartnerPortal.Domain.Regions;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Regions;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>
/// The portal's database. Every partner, and every entity that implements <see cref="IPartnerOwned"/>,
/// is filtered by <see cref="Scope"/>: a context nobody scoped sees no partner data at all.
/// Each provider has a subclass that owns its migrations.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options)
{
    public AccessScope Scope { get; internal set; } = AccessScope.Nothing;
    public Actor Actor { get; internal set; } = Actor.Anonymous;
    /// <summary>The method that asked for this context, where slow commands cannot find it on the stack (SQL Server).</summary>
    internal string? Caller { get; set; }
    internal Auditing.AuditState Audit { get; } = new();

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<ManagerRegion> ManagerRegions => Set<ManagerRegion>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnerContact> PartnerContacts => Set<PartnerContact>();
    public DbSet<PartnerDocument> PartnerDocuments => Set<PartnerDocument>();
    public DbSet<PartnerDocumentScan> PartnerDocumentScans => Set<PartnerDocumentScan>();
    public DbSet<PartnerDocumentRenewal> PartnerDocumentRenewals => Set<PartnerDocumentRenewal>();
    public DbSet<ProductCategory> ProductCategories => Set<ProductCategory>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<StockLevel> StockLevels => Set<StockLevel>();
    public DbSet<StockAdjustment> StockAdjustments => Set<StockAdjustment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TierDiscount> TierDiscounts => Set<TierDiscount>();
    public DbSet<TierPrice> TierPrices => Set<TierPrice>();
    public DbSet<CreditAccount> CreditAccounts => Set<CreditAccount>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LedgerAllocation> LedgerAllocations => Set<LedgerAllocation>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();
    public DbSet<CartLine> CartLines => Set<CartLine>();
    public DbSet<StockReservation> StockReservations => Set<StockReservation>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ShipmentLine> ShipmentLines => Set<ShipmentLine>();
    public DbSet<ShipmentMonthTotal> ShipmentMonthTotals => Set<ShipmentMonthTotal>();
    public DbSet<RebatePolicy> RebatePolicies => Set<RebatePolicy>();
    public DbSet<RebateAccrual> RebateAccruals => Set<RebateAccrual>();
    public DbSet<RebateTrueUp> RebateTrueUps => Set<RebateTrueUp>();
    public DbSet<PointsAccount> PointsAccounts => Set<PointsAccount>();
    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<Redemption> Redemptions => Set<Redemption>();
    public DbSet<PurchaseMilestoneRule> PurchaseMilestoneRules => Set<PurchaseMilestoneRule>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<LessonMaterial> LessonMaterials => Set<LessonMaterial>();
    public DbSet<CourseQuestion> CourseQuestions => Set<CourseQuestion>();
    public DbSet<CourseOption> CourseOptions => Set<CourseOption>();
    public DbSet<CourseAssignment> CourseAssignments => Set<CourseAssignment>();
    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Domain.Integration.ApiKey> ApiKeys => Set<Domain.Integration.ApiKey>();
    public DbSet<Domain.Integration.WebhookEndpoint> WebhookEndpoints => Set<Domain.Integration.WebhookEndpoint>();
    public DbSet<Domain.Integration.OutboxEvent> OutboxEvents => Set<Domain.Integration.OutboxEvent>();
    public DbSet<Domain.Integration.WebhookDelivery> WebhookDeliveries => Set<Domain.Integration.WebhookDelivery>();
    public DbSet<Domain.Integration.OrderChange> OrderChanges => Set<Domain.Integration.OrderChange>();
    public DbSet<ReturnRequest> ReturnRequests => Set<ReturnRequest>();
    public DbSet<ReturnLine> ReturnLines => Set<ReturnLine>();
    public DbSet<ReturnEvent> ReturnEvents => Set<ReturnEvent>();
    public DbSet<ReturnPhoto> ReturnPhotos => Set<ReturnPhoto>();

    /// <summary>
    /// The invoices with something unpaid (a small part of all invoices once most are paid), by partner and due date:
    /// what overdue figures read. Each provider declares it with its own filter.
    /// </summary>
    protected const string OpenInvoicesIndex = "IX_LedgerEntries_OpenInvoices";

    // Read by the query filters at query time; EF Core parameterizes them per context instance.
    private bool ScopeSeesAll => Scope.Kind == ScopeKind.All;
    private int ScopePartnerId => Scope.PartnerId ?? -1;
    private List<int> ScopeRegionIds => Scope.RegionIds.ToList();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        builder.Entity<Partner>().HasQueryFilter(p =>
            ScopeSeesAll || p.Id == ScopePartnerId || ScopeRegionIds.Contains(p.RegionId));

        // Rows that belong to an order or a ledger entry follow their parent's partner.
        builder.Entity<OrderLine>().HasQueryFilter(l =>
            ScopeSeesAll || l.Order!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(l.Order.Partner!.RegionId));
        builder.Entity<OrderEvent>().HasQueryFilter(e =>
            ScopeSeesAll || e.Order!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(e.Order.Partner!.RegionId));
        builder.Entity<StockReservation>().HasQueryFilter(r =>
            ScopeSeesAll || r.OrderLine!.Order!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(r.OrderLine.Order.Partner!.RegionId));
        builder.Entity<ShipmentLine>().HasQueryFilter(l =>
            ScopeSeesAll || l.OrderLine!.Order!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(l.OrderLine.Order.Partner!.RegionId));
        builder.Entity<ReturnLine>().HasQueryFilter(l =>
            ScopeSeesAll || l.ReturnRequest!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(l.ReturnRequest.Partner!.RegionId));
        builder.Entity<ReturnEvent>().HasQueryFilter(e =>
            ScopeSeesAll || e.ReturnRequest!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(e.ReturnRequest.Partner!.RegionId));
        builder.Entity<LedgerAllocation>().HasQueryFilter(a =>
            ScopeSeesAll || a.PaymentEntry!.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(a.PaymentEntry.Partner!.RegionId));

        // The audit log follows the partner a change belongs to; changes of the brand's own data (no partner) are an
        // administrator's only. The partner's scope is checked here as well as by its own filter.
        builder.Entity<AuditEntry>().HasQueryFilter(a => ScopeSeesAll
            || (a.PartnerId != null && Partners.Any(p => p.Id == a.PartnerId && (p.Id == ScopePartnerId || ScopeRegionIds.Contains(p.RegionId)))));

        var applyOwned = typeof(PortalDbContext).GetMethod(nameof(FilterPartnerOwned),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IPartnerOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            applyOwned.MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
        }
    }

    private void FilterPartnerOwned<T>(ModelBuilder builder) where T : class, IPartnerOwned
    {
        Expression<Func<T, bool>> filter = e =>
            ScopeSeesAll || e.PartnerId == ScopePartnerId || ScopeRegionIds.Contains(e.Partner!.RegionId);
        builder.Entity<T>().HasQueryFilter(filter);
    }
}
