using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartnerPortal.Infrastructure.Tests.Data;

/// <summary>
/// SQL Server refuses a foreign key at CREATE TABLE when its cascade could reach a table twice or go
/// round in a circle ("may cause cycles or multiple cascade paths"); SQLite accepts both, so only this
/// test notices before a production deployment does.
/// </summary>
public sealed class CascadePathTests
{
    [Fact]
    public void The_sql_server_model_has_no_multiple_cascade_paths_or_cascade_cycles()
    {
        using var db = MigrationTests.CreateSqlServerContext();
        var edges = CascadeEdges(db.GetService<IDesignTimeModel>().Model);

        var problems = CascadePaths.FindProblems(edges);

        Assert.True(problems.Count == 0, "SQL Server would reject these cascades:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_cascade_graph_is_read_from_the_model()
    {
        // Guards the test above against passing on an empty graph.
        using var db = MigrationTests.CreateSqlServerContext();
        var edges = CascadeEdges(db.GetService<IDesignTimeModel>().Model);

        Assert.Contains(edges, e => e is { From: "Partners", To: "PartnerContacts" });
        Assert.Contains(edges, e => e is { From: "AspNetUsers", To: "ManagerRegions" });
        Assert.Contains(edges, e => e is { From: "Regions", To: "ManagerRegions" });
        Assert.Contains(edges, e => e is { From: "Warehouses", To: "StockLevels" });
        Assert.DoesNotContain(edges, e => e is { From: "Regions", To: "Partners" }); // Restrict
    }

    [Fact]
    public void The_detector_finds_a_diamond()
    {
        CascadeEdge[] graph = [new("A", "B", "FK_B_A"), new("B", "D", "FK_D_B"), new("A", "C", "FK_C_A"), new("C", "D", "FK_D_C")];

        var problem = Assert.Single(CascadePaths.FindProblems(graph));

        Assert.Contains("D is reached from A by 2 cascade paths", problem);
        Assert.Contains("A -[FK_B_A]-> B -[FK_D_B]-> D", problem);
        Assert.Contains("A -[FK_C_A]-> C -[FK_D_C]-> D", problem);
    }

    [Fact]
    public void The_detector_finds_two_foreign_keys_between_the_same_tables()
    {
        CascadeEdge[] graph = [new("Users", "Orders", "FK_Orders_Users_CreatedBy"), new("Users", "Orders", "FK_Orders_Users_ApprovedBy")];

        Assert.Contains("Orders is reached from Users by 2 cascade paths", Assert.Single(CascadePaths.FindProblems(graph)));
    }

    [Fact]
    public void The_detector_finds_cycles_including_a_self_reference()
    {
        CascadeEdge[] loop = [new("A", "B", "FK_B_A"), new("B", "C", "FK_C_B"), new("C", "A", "FK_A_C")];
        CascadeEdge[] self = [new("Partners", "Partners", "FK_Partners_Partners_ParentPartnerId")];

        Assert.Contains(CascadePaths.FindProblems(loop), p => p.StartsWith("Cascade cycle") && p.Contains("A -[FK_B_A]-> B -[FK_C_B]-> C -[FK_A_C]-> A"));
        Assert.Contains("Cascade cycle: Partners -[FK_Partners_Partners_ParentPartnerId]-> Partners", Assert.Single(CascadePaths.FindProblems(self)));
    }

    [Fact]
    public void The_detector_accepts_trees_and_tables_with_several_parents()
    {
        // ManagerRegions-like: two different tables cascading into one is fine; so is a chain.
        CascadeEdge[] graph =
        [
            new("Users", "ManagerRegions", "FK1"), new("Regions", "ManagerRegions", "FK2"),
            new("Users", "UserRoles", "FK3"), new("Roles", "UserRoles", "FK4"), new("Partners", "Contacts", "FK5"), new("Contacts", "Notes", "FK6"),
        ];

        Assert.Empty(CascadePaths.FindProblems(graph));
    }

    /// <summary>
    /// Table-to-table edges of every foreign key whose delete reaches the dependent rows. Besides Cascade,
    /// SET NULL is a cascading action to SQL Server; ClientCascade is counted too, to be safe.
    /// </summary>
    private static List<CascadeEdge> CascadeEdges(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.ClientCascade or DeleteBehavior.SetNull)
            .Where(fk => fk.PrincipalEntityType.GetTableName() is not null && fk.DeclaringEntityType.GetTableName() is not null)
            // Table splitting links two entity types of one table by their keys; that is no constraint.
            .Where(fk => !(fk.PrincipalEntityType.GetTableName() == fk.DeclaringEntityType.GetTableName() && fk.Properties.SequenceEqual(fk.DeclaringEntityType.FindPrimaryKey()!.Properties)))
            .Select(fk => new CascadeEdge(fk.PrincipalEntityType.GetTableName()!, fk.DeclaringEntityType.GetTableName()!,
                $"{fk.GetConstraintName() ?? "FK"} ({fk.DeclaringEntityType.DisplayName()}.{string.Join(",", fk.Properties.Select(p => p.Name))}, {fk.DeleteBehavior})"))
            .ToList();
}

/// <summary>A foreign key whose delete cascades from the principal table to the dependent table.</summary>
public sealed record CascadeEdge(string From, string To, string Name);

/// <summary>Finds what SQL Server calls "cycles or multiple cascade paths" in a graph of cascading foreign keys.</summary>
public static class CascadePaths
{
    public static IReadOnlyList<string> FindProblems(IEnumerable<CascadeEdge> edges)
    {
        var outgoing = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
        var problems = new List<string>();
        var cycles = new HashSet<string>();

        foreach (var start in outgoing.Keys.Order(StringComparer.Ordinal))
        {
            // Every simple path from start; a table reached by two of them is deleted along two paths.
            var pathsTo = new Dictionary<string, List<string>>();
            Walk(start, [start], []);
            foreach (var (table, paths) in pathsTo.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => p.Value.Count > 1))
                problems.Add($"{table} is reached from {start} by {paths.Count} cascade paths: {string.Join(" | ", paths)}");

            void Walk(string table, List<string> tables, List<CascadeEdge> path)
            {
                foreach (var edge in outgoing.GetValueOrDefault(table) ?? [])
                {
                    var next = new List<CascadeEdge>(path) { edge };
                    if (tables.Contains(edge.To))
                    {
                        // Report a cycle once, from the table it starts and ends at.
                        var cycle = next.SkipWhile(e => e.From != edge.To).ToList();
                        if (cycles.Add(Key(cycle))) problems.Add("Cascade cycle: " + Describe(cycle));
                        continue;
                    }
                    if (!pathsTo.TryGetValue(edge.To, out var list)) pathsTo[edge.To] = list = [];
                    list.Add(Describe(next));
                    Walk(edge.To, [.. tables, edge.To], next);
                }
            }
        }
        return problems;
    }

    private static string Describe(IReadOnlyList<CascadeEdge> path) =>
        path[0].From + string.Concat(path.Select(e => $" -[{e.Name}]-> {e.To}"));

    private static string Key(IReadOnlyList<CascadeEdge> cycle) =>
        string.Join(",", cycle.Select(e => e.Name).Order(StringComparer.Ordinal));
}
