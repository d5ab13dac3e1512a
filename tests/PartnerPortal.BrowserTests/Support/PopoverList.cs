using Microsoft.Playwright;

namespace PartnerPortal.BrowserTests.Support;

/// <summary>Closes an open MudBlazor select list the way a person does: by clicking outside it.</summary>
public static class PopoverList
{
    /// <summary>
    /// Clicks at a point of <paramref name="outside"/> (a heading or another field, scrolled into view) until <paramref name="option"/> is hidden.
    /// The click is a raw mouse click because the list's transparent overlay covers the page and is what receives it;
    /// Escape is not used because where the key lands depends on where focus went after picking an option.
    /// </summary>
    public static async Task CloseAsync(IPage page, ILocator outside, ILocator option)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outside);
        ArgumentNullException.ThrowIfNull(option);
        for (var attempt = 1; ; attempt++)
        {
            await outside.ScrollIntoViewIfNeededAsync();
            var box = await outside.BoundingBoxAsync() ?? throw new InvalidOperationException("The element to click beside the list is not on screen.");
            await page.Mouse.ClickAsync(box.X + 4, box.Y + box.Height / 2);
            try
            {
                await Assertions.Expect(option).ToBeHiddenAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                // The click arrived before the list had finished opening or re-rendering; click again.
            }
        }
    }
}
