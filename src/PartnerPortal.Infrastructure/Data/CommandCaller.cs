using System.Diagnostics;
using System.Reflection;

namespace PartnerPortal.Infrastructure.Data;

/// <summary>
/// The portal method that issued a database command: the first PartnerPortal frame on the stack outside the data layer
/// (this folder and the context factory), as "Class.Method", with the compiler's names of async methods, lambdas and local
/// functions (<c>&lt;ListAsync&gt;d__5</c>) turned back into the method's own name.
/// </summary>
internal static class CommandCaller
{
    public static string? FromStack()
    {
        foreach (var frame in new StackTrace(1, false).GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType is not { } type || !IsPortal(type) || InDataLayer(type)) continue;
            return Describe(type, method);
        }
        return null;
    }

    internal static string Describe(Type type, MethodBase method)
    {
        var name = Declared(method.Name);
        // A state machine's MoveNext or a lambda's closure class: the method is named in the generated type's name.
        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            name ??= Declared(type.Name);
            type = outer;
        }
        return $"{type.Name}.{name ?? method.Name}";
    }

    /// <summary>"ListAsync" from "&lt;ListAsync&gt;d__5" or "&lt;ListAsync&gt;b__5_0"; a plain name as it is; null for "&lt;&gt;c" or "MoveNext".</summary>
    private static string? Declared(string generated)
    {
        if (!generated.StartsWith('<')) return generated == "MoveNext" ? null : generated;
        var end = generated.IndexOf('>');
        return end > 1 ? generated[1..end] : null;
    }

    private static bool IsPortal(Type type) => type.Namespace?.StartsWith("PartnerPortal.", StringComparison.Ordinal) == true;

    private static bool InDataLayer(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type.Namespace == typeof(CommandCaller).Namespace || type == typeof(Access.PortalDbContextFactory);
    }
}
