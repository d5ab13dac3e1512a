using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Infrastructure.Training;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training;

/// <summary>
/// The demo database with one published course and certificates of the P0001 trainee (valid, expired, without expiry),
/// the P0001 dealer and the P0002 dealer (both in 华东). Today is 1 June 2026.
/// </summary>
public sealed class CertificateDatabase : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    public TestDatabase Database { get; private set; } = null!;
    public string TraineeCode { get; } = CertificateCode.Generate();
    public string ExpiredCode { get; } = CertificateCode.Generate();
    public string NoExpiryCode { get; } = CertificateCode.Generate();
    public string DealerCode { get; } = CertificateCode.Generate();
    public string OtherPartnerCode { get; } = CertificateCode.Generate();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var p0001 = await Database.PartnerIdAsync("P0001");
        var p0002 = await Database.PartnerIdAsync("P0002");
        var trainee = await Database.UserIdAsync(DemoUsers.TraineeP0001);
        var dealer = await Database.UserIdAsync(DemoUsers.DealerP0001);
        var otherDealer = await Database.UserIdAsync(DemoUsers.DealerP0002);

        await using var db = await Database.CreateSystemContextAsync();
        var course = new Course
        {
            Code = "CERT-TEST", Title = "空调安装基础", TitleEn = "Air conditioner installation basics", Status = CourseStatus.Published,
            CertificateValidityMonths = 12, CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        db.Certificates.AddRange(
            Certificate(TraineeCode, course.Id, trainee, "李娜", p0001, new DateOnly(2026, 1, 10), new DateOnly(2027, 1, 10)),
            Certificate(ExpiredCode, course.Id, trainee, "李娜", p0001, new DateOnly(2025, 5, 31), new DateOnly(2026, 5, 31)),
            Certificate(NoExpiryCode, course.Id, trainee, "李娜", p0001, new DateOnly(2024, 2, 1), null),
            Certificate(DealerCode, course.Id, dealer, "王磊", p0001, new DateOnly(2026, 2, 1), new DateOnly(2027, 2, 1)),
            Certificate(OtherPartnerCode, course.Id, otherDealer, "周杰", p0002, new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1)));
        await db.SaveChangesAsync();
    }

    private static Certificate Certificate(string code, int courseId, string userId, string holder, int partnerId, DateOnly passedOn,
        DateOnly? validUntil) => new()
    {
        Code = code, CourseId = courseId, UserId = userId, HolderName = holder, PartnerId = partnerId, AttemptId = 0, PassedOn = passedOn,
        ValidUntil = validUntil, IssuedAt = DateTimeOffset.UtcNow,
    };

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class CertificateServiceTests(CertificateDatabase fixture) : IClassFixture<CertificateDatabase>
{
    private TestDatabase Database => fixture.Database;

    private CertificateService Certificates(ICurrentUserAccessor caller) =>
        new(new PortalDbContextFactory(Database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller), caller,
            new FixedClock(CertificateDatabase.Today));

    private CertificateService Anonymous() => Certificates(new FakeCurrentUserAccessor());

    private async Task<CertificateDocument?> DownloadAsync(string email, string code) =>
        await Certificates(await CallerAsync(Database, email)).GetForDownloadAsync(code, CancellationToken.None);

    [Fact]
    public void A_verification_tells_the_holder_the_course_the_dates_and_validity_and_nothing_else()
    {
        var properties = typeof(CertificateVerification).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["CourseTitle", "CourseTitleEn", "HolderName", "IsValid", "PassedOn", "ValidUntil"], properties);
    }

    [Fact]
    public async Task Anyone_signed_out_verifies_a_valid_certificate_by_its_code()
    {
        var result = await Anonymous().VerifyAsync(fixture.TraineeCode, CancellationToken.None);

        Assert.Equal(new CertificateVerification("李娜", "空调安装基础", "Air conditioner installation basics", new DateOnly(2026, 1, 10),
            new DateOnly(2027, 1, 10), true), result);
    }

    [Theory]
    [InlineData("spaces around")]
    [InlineData("lower case")]
    [InlineData("dashes")]
    [InlineData("all of them")]
    public async Task A_code_is_found_whatever_its_case_spaces_and_dashes(string how)
    {
        var code = fixture.TraineeCode;
        var typed = how switch
        {
            "spaces around" => $"  {code} ",
            "lower case" => code.ToLowerInvariant(),
            "dashes" => $"{code[..5]}-{code[5..]}",
            _ => $" {code[..3].ToLowerInvariant()}-{code[3..6]} {code[6..].ToLowerInvariant()}",
        };

        var result = await Anonymous().VerifyAsync(typed, CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal("李娜", result.HolderName);
    }

    [Theory]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("")]
    [InlineData("not a code at all")]
    [InlineData("0O1I0O1I0O")]
    [InlineData("'; DROP TABLE Certificates; --")]
    public async Task An_unknown_or_malformed_code_is_null(string code)
    {
        Assert.Null(await Anonymous().VerifyAsync(code, CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_certificate_is_still_shown_but_not_valid_and_one_without_expiry_stays_valid()
    {
        var expired = await Anonymous().VerifyAsync(fixture.ExpiredCode, CancellationToken.None);
        var forever = await Anonymous().VerifyAsync(fixture.NoExpiryCode, CancellationToken.None);

        Assert.NotNull(expired);
        Assert.False(expired.IsValid);
        Assert.Equal(new DateOnly(2026, 5, 31), expired.ValidUntil);
        Assert.NotNull(forever);
        Assert.True(forever.IsValid);
        Assert.Null(forever.ValidUntil);
    }

    [Fact]
    public void A_certificate_is_valid_from_the_day_passed_through_its_last_day()
    {
        var passed = new DateOnly(2026, 1, 31);
        var until = new DateOnly(2026, 2, 28);

        Assert.False(CertificateService.IsValidOn(passed, until, passed.AddDays(-1)));
        Assert.True(CertificateService.IsValidOn(passed, until, passed));
        Assert.True(CertificateService.IsValidOn(passed, until, until));
        Assert.False(CertificateService.IsValidOn(passed, until, until.AddDays(1)));
        Assert.True(CertificateService.IsValidOn(passed, null, new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public async Task The_holder_downloads_their_certificate_with_partner_and_course()
    {
        var doc = await DownloadAsync(DemoUsers.TraineeP0001, fixture.TraineeCode.ToLowerInvariant());

        Assert.Equal(new CertificateDocument(fixture.TraineeCode, "李娜", "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.",
            "空调安装基础", "Air conditioner installation basics", new DateOnly(2026, 1, 10), new DateOnly(2027, 1, 10)), doc);
    }

    [Fact]
    public async Task A_trainee_cannot_download_someone_elses_certificate_even_of_the_same_partner()
    {
        Assert.Null(await DownloadAsync(DemoUsers.TraineeP0001, fixture.DealerCode));
        Assert.Null(await DownloadAsync(DemoUsers.TraineeP0001, fixture.OtherPartnerCode));
    }

    [Fact]
    public async Task A_dealer_downloads_the_certificates_of_their_own_partner_only()
    {
        Assert.NotNull(await DownloadAsync(DemoUsers.DealerP0001, fixture.TraineeCode));
        Assert.NotNull(await DownloadAsync(DemoUsers.DealerP0001, fixture.DealerCode));
        Assert.Null(await DownloadAsync(DemoUsers.DealerP0001, fixture.OtherPartnerCode));
        Assert.Null(await DownloadAsync(DemoUsers.DealerP0002, fixture.TraineeCode));
        Assert.NotNull(await DownloadAsync(DemoUsers.DealerP0002, fixture.OtherPartnerCode));
    }

    [Fact]
    public async Task Brand_staff_download_the_certificates_of_the_partners_they_manage_only()
    {
        Assert.Null(await DownloadAsync(DemoUsers.ManagerNorth, fixture.TraineeCode));
        Assert.Null(await DownloadAsync(DemoUsers.ManagerNorth, fixture.OtherPartnerCode));
        Assert.NotNull(await DownloadAsync(DemoUsers.ManagerEast, fixture.TraineeCode));
        Assert.NotNull(await DownloadAsync(DemoUsers.ManagerEast, fixture.OtherPartnerCode));
        Assert.NotNull(await DownloadAsync(DemoUsers.Admin, fixture.DealerCode));
    }

    [Fact]
    public async Task Nobody_signed_out_downloads_and_an_unknown_code_is_null()
    {
        Assert.Null(await Anonymous().GetForDownloadAsync(fixture.TraineeCode, CancellationToken.None));
        Assert.Null(await DownloadAsync(DemoUsers.Admin, "ZZZZZZZZZZ"));
        Assert.Null(await DownloadAsync(DemoUsers.Admin, "../../etc"));
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
