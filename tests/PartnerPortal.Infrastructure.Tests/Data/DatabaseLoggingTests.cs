using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Data;

/// <summary>The portal's database contexts log through the app's logging, so the SQL of a running portal can be seen.</summary>
public sealed class DatabaseLoggingTests
{
    [Fact]
    public async Task The_sql_a_context_sends_reaches_the_apps_loggers_under_the_command_category()
    {
        var captured = new CapturingProvider();
        await using var database = await TestDatabase.CreateAsync(services: s => s.AddLogging(b => b
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information)
            .AddProvider(captured)));

        await using (var db = await database.CreateSystemContextAsync())
            Assert.True(await db.Partners.AnyAsync(p => p.Code == "P0001"));

        Assert.Contains(captured.Messages, m => m.Category == "Microsoft.EntityFrameworkCore.Database.Command"
            && m.Text.Contains("FROM \"Partners\"", StringComparison.Ordinal) && m.Text.Contains("\"Code\"", StringComparison.Ordinal));
    }

    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<(string Category, string Text)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue((category, formatter(state, exception)));
        }
    }
}
