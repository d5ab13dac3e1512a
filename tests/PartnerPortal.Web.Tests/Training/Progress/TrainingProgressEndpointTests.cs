using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training.Progress;

public sealed class TrainingProgressEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_manager_exports_the_course_progress_of_their_partners_and_a_dealer_cannot()
    {
        var courseId = await app.WithSystemContextAsync(db => db.Courses.Where(c => c.Code == "TR-AC-101").Select(c => c.Id).SingleAsync());
        var manager = app.CreatePortalClient();
        await manager.SignInAsync(DemoUsers.ManagerEast);

        var response = await manager.GetAsync($"/exports/training-progress.xlsx?courseId={courseId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = new XLWorkbook(file);
        var text = string.Join(" ", workbook.Worksheets.First().CellsUsed().Select(c => c.GetString()));
        Assert.Contains("P0002", text);      // 华东: its dealer passed the course in the demo history
        Assert.DoesNotContain("P0009", text); // 华北: another manager's region
        // The second reader finds the same partners in parts written as Excel writes them.
        SecondWorkbookReader.AssertNoPrefixedElements(file);
        var rows = SecondWorkbookReader.Texts(file);
        Assert.Contains(rows, r => r.Contains("P0002"));
        Assert.DoesNotContain(rows, r => r.Contains("P0009"));

        var dealer = app.CreatePortalClient();
        await dealer.SignInAsync(DemoUsers.Dealer);
        var refused = await dealer.GetAsync($"/exports/training-progress.xlsx?courseId={courseId}");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/exports/training-progress.xlsx?courseId=999999")).StatusCode);
    }
}
