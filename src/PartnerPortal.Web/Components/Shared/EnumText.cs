using Microsoft.Extensions.Localization;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>Enum values are shown through the translations under "TypeName.Value".</summary>
public static class EnumText
{
    public static string Of<T>(this IStringLocalizer localizer, T value) where T : struct, Enum =>
        localizer[$"{typeof(T).Name}.{value}"].Value;
}
