using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Diagnostics;

/// <summary>The running portal logs database commands slower than Database:SlowQueryMilliseconds with the method that sent them.</summary>
public sealed class SlowQueryLogTests
{
    [Fact]
    public async Task Opening_a_page_logs_its_slow_queries_as_warnings_naming_the_service_method()
    {
        var log = new LogCollector();
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { ["Database:SlowQueryMilliseconds"] = "0" },
            services => services.AddSingleton<ILoggerProvider>(log));

        await app.GetPageAsync(DemoUsers.Admin, "/admin/regions");

        Assert.Contains(log.Entries, e => e.Category == "PartnerPortal.SlowQuery" && e.Level == LogLevel.Warning
            && e.Message.Contains("from RegionService.ListAsync", StringComparison.Ordinal)
            && e.Message.Contains("FROM \"Regions\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_the_threshold_a_page_logs_no_slow_query()
    {
        var log = new LogCollector();
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { ["Database:SlowQueryMilliseconds"] = "3600000" },
            services => services.AddSingleton<ILoggerProvider>(log));

        await app.GetPageAsync(DemoUsers.Admin, "/admin/regions");

        Assert.DoesNotContain(log.Entries, e => e.Category == "PartnerPortal.SlowQuery");
    }
}
