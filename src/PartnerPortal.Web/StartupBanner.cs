using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Web;

/// <summary>Prints where the portal listens and, with demo data, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var seed = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value;
        var lines = new List<string> { "", "PartnerPortal is running:" };
        lines.AddRange(addresses.Select(a => "  " + a));
        if (seed.DemoData)
        {
            lines.Add($"Demo logins (password {SeedOptions.DemoPassword}):");
            lines.Add("  Admin           admin@demo.partnerportal.local");
            lines.Add("  Channel manager manager.east@demo.partnerportal.local (华东, 华南)");
            lines.Add("  Dealer          dealer@demo.partnerportal.local");
            lines.Add("  Trainee         trainee@demo.partnerportal.local");
        }
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
