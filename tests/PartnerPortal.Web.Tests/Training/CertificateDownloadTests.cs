using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Training;
using PartnerPortal.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>
/// The demo app with a published course and certificates inserted behind the services' backs: the P0001 trainee's
/// (valid and expired) and the P0001 dealer's; and a published and a draft course, each with a cover and a material
/// stored in a folder of its own. Made once for a test class.
/// </summary>
public sealed class CertificateApp : IAsyncLifetime
{
    private readonly PortalAppFactory _factory = new();
    private readonly string _files = Path.Combine(Path.GetTempPath(), "pp-web-course-files", Guid.NewGuid().ToString("N"));

    /// <summary>Where people reach the portal: the address certificates point to, whatever Host a request names.</summary>
    public const string PublicUrl = "https://portal.example.cn";

    public const string TraineeHolder = "李娜";
    public const string DealerHolder = "王磊";
    public const string CourseTitle = "空调安装基础";
    public const string CourseTitleEn = "Air conditioner installation basics";
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The app; registers the training services unless the app already does.</summary>
    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public string TraineeCode { get; } = CertificateCode.Generate();
    public string ExpiredCode { get; } = CertificateCode.Generate();
    public string DealerCode { get; } = CertificateCode.Generate();

    public const string MaterialContent = "%PDF-1.4 a lesson's handbook";
    public int PublishedMaterialId { get; private set; }
    public int DraftMaterialId { get; private set; }
    public string PublishedCover { get; private set; } = "";
    public string DraftCover { get; private set; } = "";

    public PortalClient CreateClient() =>
        new(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PortalClient> SignedInAsync(string email)
    {
        var client = CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    public async Task InitializeAsync()
    {
        App = _factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, config) =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:PublicUrl"] = PublicUrl })).ConfigureServices(services =>
        {
            services.TryAddScoped<CertificateService>();
            services.TryAddScoped<CourseFilesService>();
            services.TryAddSingleton(new CourseFiles(_files));
        }));
        using var scope = App.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateForSystemAsync("test");
        var p0001 = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.Id).SingleAsync();
        var trainee = await db.Users.Where(u => u.Email == DemoUsers.Trainee).Select(u => u.Id).SingleAsync();
        var dealer = await db.Users.Where(u => u.Email == DemoUsers.Dealer).Select(u => u.Id).SingleAsync();
        var course = new Course
        {
            Code = "CERT-WEB", Title = CourseTitle, TitleEn = CourseTitleEn, Status = CourseStatus.Published, CertificateValidityMonths = 12,
            CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        db.Certificates.AddRange(
            Certificate(TraineeCode, course.Id, trainee, TraineeHolder, p0001, Today.AddMonths(-1), Today.AddMonths(11)),
            Certificate(ExpiredCode, course.Id, trainee, TraineeHolder, p0001, Today.AddMonths(-13), Today.AddMonths(-1)),
            Certificate(DealerCode, course.Id, dealer, DealerHolder, p0001, Today.AddDays(-3), null));
        await db.SaveChangesAsync();

        var files = App.Services.GetRequiredService<CourseFiles>();
        PublishedCover = await files.SaveAsync(new MemoryStream([0x89, (byte)'P', (byte)'N', (byte)'G']), "cover.png");
        DraftCover = await files.SaveAsync(new MemoryStream([0xFF, 0xD8, 0xFF]), "draft.jpg");
        var published = await CourseWithMaterialAsync(files, "FILES-PUB", CourseStatus.Published, PublishedCover);
        var draft = await CourseWithMaterialAsync(files, "FILES-DRAFT", CourseStatus.Draft, DraftCover);
        db.Courses.AddRange(published, draft);
        await db.SaveChangesAsync();
        (PublishedMaterialId, DraftMaterialId) = (published.Lessons[0].Materials[0].Id, draft.Lessons[0].Materials[0].Id);
    }

    private static async Task<Course> CourseWithMaterialAsync(CourseFiles files, string code, CourseStatus status, string cover)
    {
        var stored = await files.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(MaterialContent)), "安装手册.pdf");
        return new Course
        {
            Code = code, Title = code, TitleEn = code, Status = status, CoverImage = cover, CreatedAt = DateTimeOffset.UtcNow,
            Lessons = [new Lesson { Position = 1, Title = "第一课", TitleEn = "Lesson 1", Materials = [new LessonMaterial
            {
                FileName = "安装手册.pdf", ContentType = "application/pdf", StoredName = stored, Size = MaterialContent.Length,
            }] }],
        };
    }

    private static Certificate Certificate(string code, int courseId, string userId, string holder, int partnerId, DateOnly passedOn,
        DateOnly? validUntil) => new()
    {
        Code = code, CourseId = courseId, UserId = userId, HolderName = holder, PartnerId = partnerId, PassedOn = passedOn, ValidUntil = validUntil,
        IssuedAt = DateTimeOffset.UtcNow,
    };

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_files)) Directory.Delete(_files, recursive: true);
    }
}

/// <summary>GET /training/certificates/{code}.pdf through real sign-ins: the holder's PDF, 404 for whoever may not see it.</summary>
public sealed class CertificateDownloadTests(CertificateApp app) : IClassFixture<CertificateApp>
{
    private const string DealerP0002 = "dealer.p0002@demo.partnerportal.local";

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task The_holder_downloads_their_certificate_as_a_pdf_pointing_to_its_verification_page()
    {
        using var client = await app.SignedInAsync(DemoUsers.Trainee);

        var response = await client.GetAsync(TrainingEndpoints.CertificateUrl(app.TraineeCode.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TrainingEndpoints.PdfContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"certificate-{app.TraineeCode}.pdf", FileName(response));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfText(bytes);
        Assert.Contains(CertificateApp.TraineeHolder, text);
        Assert.Contains(CertificateApp.CourseTitleEn, text);
        Assert.Contains(app.TraineeCode, text);
        Assert.Contains($"{CertificateApp.PublicUrl}/verify/{app.TraineeCode}", text);
    }

    [Fact]
    public async Task A_forged_Host_header_does_not_change_the_verification_link()
    {
        using var client = await app.SignedInAsync(DemoUsers.Trainee);
        using var request = new HttpRequestMessage(HttpMethod.Get, TrainingEndpoints.CertificateUrl(app.TraineeCode));
        request.Headers.Host = "portal-login.phishing.example";

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"{CertificateApp.PublicUrl}/verify/{app.TraineeCode}", text);
        Assert.DoesNotContain("phishing", text);
    }

    [Fact]
    public async Task The_dealer_of_the_holders_partner_downloads_it_too()
    {
        using var client = await app.SignedInAsync(DemoUsers.Dealer);

        var response = await client.GetAsync(TrainingEndpoints.CertificateUrl(app.TraineeCode));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TrainingEndpoints.PdfContentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_partners_dealer_gets_404_and_no_file()
    {
        using var client = await app.SignedInAsync(DealerP0002);

        var response = await client.GetAsync(TrainingEndpoints.CertificateUrl(app.TraineeCode));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(CertificateApp.TraineeHolder, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_trainee_gets_404_for_a_colleagues_certificate_and_for_an_unknown_code()
    {
        using var client = await app.SignedInAsync(DemoUsers.Trainee);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TrainingEndpoints.CertificateUrl(app.DealerCode))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TrainingEndpoints.CertificateUrl("ZZZZZZZZZZ"))).StatusCode);
    }

    [Fact]
    public async Task Signed_out_callers_are_sent_to_sign_in()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(TrainingEndpoints.CertificateUrl(app.TraineeCode));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}
