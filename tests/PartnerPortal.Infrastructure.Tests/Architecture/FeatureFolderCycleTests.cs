namespace PartnerPortal.Infrastructure.Tests.Architecture;

/// <summary>
/// The application services' feature folders may use each other, but never in a circle: a newcomer can read a feature by
/// following its uses downwards. Data, Access and Common are the ground every feature stands on and are left out of the graph.
/// (The Domain's entities navigate both ways, an invoice to its order and a shipment to its invoice, as the database does.)
/// </summary>
public sealed class FeatureFolderCycleTests
{
    private static readonly HashSet<string> Core = ["Data", "Access", "Common"];

    [Fact]
    public void Infrastructure_feature_folders_use_each_other_without_a_cycle() =>
        AssertNoCycle(FeatureGraph.Of(typeof(InfrastructureServices).Assembly, "PartnerPortal.Infrastructure", Core));

    [Fact]
    public void Uses_inside_method_bodies_count()
    {
        // The shipment command reaches the rebates only through a field it calls in an async method.
        var graph = FeatureGraph.Of(typeof(InfrastructureServices).Assembly, "PartnerPortal.Infrastructure", Core);
        Assert.Contains("Rebates", graph["Ordering"]);
        Assert.Contains("Credit", graph["Ordering"]);
    }

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Credit"] = ["Common"], ["Ordering"] = ["Credit", "Inventory"], ["Inventory"] = ["Ordering"], ["Common"] = [],
        };
        Assert.Equal(["Inventory", "Ordering", "Inventory"], FeatureGraph.FindCycle(graph));
        graph["Inventory"] = [];
        Assert.Null(FeatureGraph.FindCycle(graph));
    }

    private static void AssertNoCycle(Dictionary<string, HashSet<string>> graph)
    {
        var cycle = FeatureGraph.FindCycle(graph);
        Assert.True(cycle is null, $"Feature folders use each other in a circle: {string.Join(" → ", cycle ?? [])}. " +
            "Move what both need into the one that is used, or into Common.");
    }
}
