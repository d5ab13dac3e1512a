using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Regions;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Data;

/// <summary>Commands slower than Database:SlowQueryMilliseconds are logged as warnings naming the portal method that sent them.</summary>
public sealed class SlowQueryLoggingTests
{
    [Fact]
    public async Task A_command_over_the_threshold_is_logged_once_as_a_warning_naming_the_service_method_that_sent_it()
    {
        var captured = new CapturingProvider();
        await using var database = await TestDatabase.CreateAsync(demoData: false,
            settings: new Dictionary<string, string?> { ["Database:SlowQueryMilliseconds"] = "0" },
            services: s => s.AddLogging(b => b.AddProvider(captured)));
        captured.Messages.Clear();

        await database.Get<RegionService>().ListOptionsAsync(); // signed out: no scope look-up, one query

        // Every command is over 0 ms: the query, and the foreign-keys pragma SQLite runs when the connection opens for it.
        var warnings = captured.Messages.Where(m => m.Category == SlowQueryInterceptor.Category).ToList();
        var query = Assert.Single(warnings, m => m.Text.Contains("FROM \"Regions\"", StringComparison.Ordinal));
        Assert.Contains(" ms (over 0 ms) from RegionService.ListOptionsAsync", query.Text, StringComparison.Ordinal);
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
        Assert.All(warnings, w => Assert.Contains("from RegionService.ListOptionsAsync", w.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_under_the_threshold_log_no_warning()
    {
        var captured = new CapturingProvider();
        await using var database = await TestDatabase.CreateAsync(demoData: false,
            settings: new Dictionary<string, string?> { ["Database:SlowQueryMilliseconds"] = "3600000" },
            services: s => s.AddLogging(b => b.AddProvider(captured)));

        await database.Get<RegionService>().ListOptionsAsync();

        Assert.DoesNotContain(captured.Messages, m => m.Category == SlowQueryInterceptor.Category);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("3600001")]
    public void A_slow_query_threshold_out_of_range_stops_the_portal_naming_the_setting(string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SlowQueryMilliseconds"] = value }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.Read(configuration));

        Assert.Contains("Database:SlowQueryMilliseconds", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_sql_server_a_context_remembers_the_method_that_asked_for_it()
    {
        var sqlServer = new ProviderDbContextFactory(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=PartnerPortal;Trusted_Connection=True;TrustServerCertificate=True",
        }, []);

        await using var db = await new PortalDbContextFactory(sqlServer, new FakeCurrentUserAccessor()).CreateForSystemAsync("tests");

        Assert.Equal(nameof(SlowQueryLoggingTests) + "." + nameof(On_sql_server_a_context_remembers_the_method_that_asked_for_it), db.Caller);
    }

    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<(string Category, LogLevel Level, string Text)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
