using MudBlazor;

namespace PartnerPortal.Web.Components.Layout;

public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#c8102e",
            AppbarBackground = "#1f4e8c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Roboto", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}
