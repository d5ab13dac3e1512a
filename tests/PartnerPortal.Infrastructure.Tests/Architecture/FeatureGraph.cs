using System.Reflection;

namespace PartnerPortal.Infrastructure.Tests.Architecture;

/// <summary>Which feature folder (the namespace segment after the project's root) uses which, read from the compiled assembly.</summary>
internal static class FeatureGraph
{
    public static Dictionary<string, HashSet<string>> Of(Assembly assembly, string root, IReadOnlySet<string> core)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = FeatureOf(type, root);
            if (from is null || core.Contains(from)) continue;
            var uses = graph.TryGetValue(from, out var set) ? set : graph[from] = [];
            foreach (var used in TypeReferences.Of(type))
            {
                if (used.Assembly != assembly) continue;
                var to = FeatureOf(used, root);
                if (to is not null && to != from && !core.Contains(to)) uses.Add(to);
            }
        }
        return graph;
    }

    /// <summary>"Ordering" for PartnerPortal.Infrastructure.Ordering.Rules; null for the root namespace itself.</summary>
    public static string? FeatureOf(Type type, string root)
    {
        var ns = type.Namespace ?? "";
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var rest = ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>One cycle as a path that ends where it starts (A → B → A), or null when the graph has none.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var done))
                return done ? null : [.. path.Skip(path.IndexOf(node)), node];
            state[node] = false;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
                if (Visit(next) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
            if (Visit(node) is { } cycle) return cycle;
        return null;
    }
}
