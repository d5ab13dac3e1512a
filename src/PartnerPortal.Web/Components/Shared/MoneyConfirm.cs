using MudBlazor;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>Every money action of the UI asks through here, so that each shows the partner and the figures the same way.</summary>
public static class MoneyConfirm
{
    /// <returns>True when the user confirmed.</returns>
    public static async Task<bool> AskAsync(this IDialogService dialogs, string title, string partner, IReadOnlyList<ConfirmLine> lines,
        string confirmText, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<MoneyConfirmDialog>
        {
            { x => x.Partner, partner }, { x => x.Lines, lines }, { x => x.ConfirmText, confirmText }, { x => x.Message, message },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<MoneyConfirmDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
