namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The "Seed" settings section.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";
    public const string DemoPassword = "Demo#2026";

    /// <summary>Load the demo regions, partners, catalog and users into an empty database. Off in production.</summary>
    public bool DemoData { get; set; }
    /// <summary>Folder of the demo data files; relative paths are taken from the app's base directory.</summary>
    public string DemoDataFolder { get; set; } = "assets/demo";
    /// <summary>
    /// Months of completed, invoiced and paid demo orders before today (0 for none): fifteen, so that the dashboards can
    /// compare the last three months with the same months a year earlier.
    /// </summary>
    public int DemoOrderHistoryMonths { get; set; } = 15;
    /// <summary>Load the demo rebate policies with their accruals and settlements (assets/demo/rebates.json).</summary>
    public bool DemoRebates { get; set; } = true;
    /// <summary>Load the demo rewards, purchase-milestone rule and points history (assets/demo/points.json).</summary>
    public bool DemoPoints { get; set; } = true;
    /// <summary>Load the demo courses with their assignments and some learners' lessons, attempts and certificates (assets/demo/courses.json).</summary>
    public bool DemoCourses { get; set; } = true;
    /// <summary>Creates this administrator at start-up when no administrator exists (production bootstrap).</summary>
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
