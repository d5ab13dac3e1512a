using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Catalog;
using PartnerPortal.Infrastructure.Catalog.Admin;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Inventory;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Infrastructure.Rebates;
using PartnerPortal.Infrastructure.Regions;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>The database (provider from the "Database" section), scoping, auditing, seeding and the application services.</summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first needed, so that settings added after registration (tests, hosting) still count.
        services.AddSingleton(_ => DatabaseOptions.Read(configuration));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.Configure<CatalogOptions>(configuration.GetSection(CatalogOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddPortalDataProtection(configuration);

        // Order matters: the shipments' month totals are added before the scope guard checks the save's rows, and the
        // scope guard refuses a foreign write before the audit log records it.
        services.AddSingleton<IInterceptor, Dashboards.ShipmentMonthTotalsInterceptor>();
        services.AddSingleton<IInterceptor, ScopeGuardInterceptor>();
        // Webhook events into the outbox in the same transaction as the change; before the audit log, which commits a
        // transaction it opened itself once its rows are written, while the outbox still updates its payloads.
        services.AddSingleton<IInterceptor, Integration.OutboxInterceptor>();
        services.AddSingleton<IInterceptor, AuditInterceptor>();
        // Numbers every order change for the integration feed, in the same save as the change.
        services.AddSingleton<IInterceptor, Integration.OrderChangeInterceptor>();
        services.AddSingleton<IDbContextFactory<PortalDbContext>, ProviderDbContextFactory>();
        // Identity's stores need a context per request or circuit; it sees users, not partner data.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());

        services.AddScoped<PortalDbContextFactory>();
        services.AddScoped<PartnerService>();
        services.AddScoped<PartnerDocumentService>();
        services.AddScoped<PartnerDocumentScanService>();
        services.AddScoped<DocumentRenewalService>();
        services.AddSingleton(_ => PartnerDocumentOptions.Read(configuration));
        services.AddSingleton(sp => new PartnerDocumentFiles(PartnerDocumentFiles.FolderFrom(configuration, sp.GetRequiredService<DatabaseOptions>(),
            sp.GetService<Microsoft.Extensions.Hosting.IHostEnvironment>()?.ContentRootPath)));
        services.AddSingleton(_ => Returns.ReturnOptions.Read(configuration));
        services.AddSingleton(sp => new Returns.ReturnPhotoFiles(Returns.ReturnPhotoFiles.FolderFrom(configuration,
            sp.GetRequiredService<DatabaseOptions>(), sp.GetService<Microsoft.Extensions.Hosting.IHostEnvironment>()?.ContentRootPath)));
        services.AddScoped<Returns.ReturnRequestService>();
        services.AddScoped<Returns.ReturnDecisionService>();
        services.AddScoped<Returns.ReturnReceiptService>();
        services.AddScoped<Returns.ReturnQueryService>();
        services.Configure<OrderingOptions>(configuration.GetSection(OrderingOptions.Section));
        services.AddScoped<RegionService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<Identity.SignInFailureLog>();
        services.AddScoped<CatalogService>();
        services.AddScoped<CreditService>();
        services.AddScoped<InvoiceQueryService>();
        services.AddScoped<OrderSubmissionService>();
        services.AddScoped<CartService>();
        services.AddScoped<OrderQueryService>();
        services.AddScoped<ShipmentQueryService>();
        services.AddScoped<ShippingQueryService>();
        services.AddScoped<OrderApprovalService>();
        services.AddScoped<OrderCancellationService>();
        services.AddScoped<ShipmentService>();
        services.AddScoped<PaymentService>();
        services.AddScoped<PaymentReversalService>();
        services.AddScoped<CreditSettingsService>();
        services.AddScoped<LowStockService>();
        services.AddScoped<ProductAdminService>();
        services.AddScoped<CategoryAdminService>();
        services.AddScoped<TierPricingService>();
        services.AddScoped<StockAdjustmentService>();
        services.AddScoped<WarehouseAdminService>();
        services.AddScoped<RebatePolicyService>();
        services.AddScoped<RebatePolicyQueryService>();
        services.AddScoped<RebateOverlapService>();
        services.AddScoped<RebateAccrualService>();
        services.AddScoped<MyRebatesService>();
        services.AddScoped<RebateBasisService>();
        services.AddScoped<RebateAccrualRunner>();
        services.Configure<RebateAccrualOptions>(configuration.GetSection(RebateAccrualOptions.Section));
        services.AddSingleton<RebateRecalculationSignal>();
        services.AddHostedService<RebateAccrualWorker>();
        services.AddScoped<StatementService>();
        services.AddScoped<OrderExportService>();
        services.AddScoped<Auditing.AuditLogService>();
        services.AddScoped<PointsService>();
        services.AddScoped<PointsAdminService>();
        services.AddScoped<LearningService>();
        services.AddScoped<QuizService>();
        services.AddScoped<QuizAttemptExpiry>();
        services.AddScoped<CertificateService>();
        services.AddScoped<CourseFilesService>();
        services.AddScoped<CourseAuthoringService>();
        services.AddScoped<CourseAuthoringQueryService>();
        services.AddScoped<CourseContentService>();
        services.AddScoped<CourseAssignmentService>();
        services.AddScoped<Training.Progress.TrainingProgressService>();
        services.AddScoped<CourseFileAuthoringService>();
        services.AddSingleton(sp => CourseFiles.FromConfiguration(configuration, sp.GetService<Microsoft.Extensions.Hosting.IHostEnvironment>()?.ContentRootPath));
        services.AddHostedService<QuizAttemptExpiryWorker>();
        services.AddSingleton(_ => Dashboards.HealthWeightsSettings.Read(configuration));
        services.AddScoped<Dashboards.PartnerHealthService>();
        services.AddScoped<Dashboards.DealerDashboardService>();
        services.AddScoped<Dashboards.ManagerDashboardService>();
        services.AddScoped<Integration.ApiKeyService>();
        services.AddScoped<Integration.OrderFeedService>();
        services.AddScoped<Integration.ReturnFeedService>();
        services.AddScoped<Integration.ShipmentPostingService>();
        services.AddScoped<Integration.PaymentPostingService>();
        services.AddScoped<Integration.PaymentReversalPostingService>();
        services.AddScoped<Integration.RebateExportService>();
        // A host written wrongly (with a scheme or a port) would silently allow nothing: it stops the portal at start-up instead.
        services.AddOptions<Integration.WebhookOptions>().Bind(configuration.GetSection(Integration.WebhookOptions.Section))
            .Validate(o => o.InvalidAllowedHosts().Count == 0,
                $"{Integration.WebhookOptions.Section}:{nameof(Integration.WebhookOptions.AllowedHosts)} must list host names or IP addresses only.")
            .ValidateOnStart();
        services.AddSingleton<Integration.WebhookSecretProtector>();
        services.AddScoped<Integration.WebhookAdminService>();
        services.AddScoped<Integration.WebhookDispatcher>();
        services.AddSingleton<Integration.WebhookHostResolver>();
        services.AddSingleton<Integration.WebhookTargetGuard>();
        // Redirects are not followed: a receiver answers itself, and a 3xx counts as a failed attempt (a redirect could also
        // point inside the network). No proxy either: the connection goes to the address the guard vetted, nowhere else.
        services.AddHttpClient(Integration.WebhookDispatcher.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new System.Net.Http.SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<Integration.WebhookTargetGuard>().ConnectAsync,
            });
        services.AddHostedService<Integration.WebhookWorker>();
        services.AddScoped<Integration.CatalogSyncService>();
        services.AddScoped<Integration.StockSyncService>();
        services.AddScoped<Integration.PartnerSyncService>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>Identity on the portal's database, with the portal's password and lockout policy.</summary>
    public static IdentityBuilder AddPortalIdentityStores(this IdentityBuilder identity) =>
        identity.AddRoles<IdentityRole>().AddEntityFrameworkStores<PortalDbContext>();
}
