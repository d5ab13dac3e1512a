using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>
/// Certificates after they are issued: the PDF for those who may see one, and the public check of a code. Issuing is the
/// quiz's business (<see cref="QuizService"/>).
/// </summary>
public sealed class CertificateService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <summary>The job name of the context <see cref="VerifyAsync"/> reads with, as the audit log shows it.</summary>
    public const string VerificationJob = "certificate-verification";

    /// <summary>
    /// The certificate with the code, for its PDF, when the caller may see it. The query filters keep to the partners of
    /// the caller's scope (brand staff: all, or their regions; partner staff: their own partner); within that a dealer or
    /// brand staff see every certificate, anyone else (a trainee) only their own. Another partner's certificate, someone
    /// else's for a trainee and an unknown code all give null alike.
    /// </summary>
    /// <param name="code">As printed or typed: case, spaces and dashes do not matter.</param>
    public async Task<CertificateDocument?> GetForDownloadAsync(string code, CancellationToken ct = default)
    {
        var normalized = CertificateCode.Normalize(code);
        if (!CertificateCode.IsWellFormed(normalized)) return null;
        var user = await currentUser.GetAsync(ct);
        if (!user.IsAuthenticated) return null;

        await using var db = await contexts.CreateAsync(ct);
        var certificates = db.Certificates.AsNoTracking().Where(c => c.Code == normalized);
        if (!SeesPartnersCertificates(user)) certificates = certificates.Where(c => c.UserId == user.UserId);
        return await certificates
            .Select(c => new CertificateDocument(c.Code, c.HolderName, c.Partner!.Name, c.Partner.NameEn, c.Course!.Title, c.Course.TitleEn,
                c.PassedOn, c.ValidUntil))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The public check behind /verify/{code}, for anyone, signed in or not: the holder, the course, the dates and
    /// whether the certificate is valid today, or null for a code that matches none (a malformed one included).
    /// </summary>
    /// <param name="code">As printed or typed: case, spaces and dashes do not matter.</param>
    public async Task<CertificateVerification?> VerifyAsync(string code, CancellationToken ct = default)
    {
        var normalized = CertificateCode.Normalize(code);
        if (!CertificateCode.IsWellFormed(normalized)) return null;

        // The one place certificates are read past the partner scope, on purpose: whoever holds the paper (a customer,
        // an employer) is not signed in, and the code is the proof of access. 32¹⁰ codes cannot be guessed, and the
        // projection below is all such a caller learns: no partner, no score, no ids.
        await using var db = await contexts.CreateForSystemAsync(VerificationJob, ct);
        var found = await db.Certificates.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Code == normalized)
            .Select(c => new { c.HolderName, c.Course!.Title, c.Course.TitleEn, c.PassedOn, c.ValidUntil })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return new CertificateVerification(found.HolderName, found.Title, found.TitleEn, found.PassedOn, found.ValidUntil,
            IsValidOn(found.PassedOn, found.ValidUntil, today));
    }

    /// <summary>
    /// <see cref="CertificateRules.IsValidOn"/>'s rule (from the day passed through the last valid day, inclusive) on the
    /// last day stored with the certificate when it was issued, not on the course's validity now: changing a course's
    /// validity later must not shorten or extend certificates already on paper.
    /// </summary>
    internal static bool IsValidOn(DateOnly passedOn, DateOnly? validUntil, DateOnly day) =>
        day >= passedOn && (validUntil is not { } until || day <= until);

    // Brand staff and dealers answer for their partners' training; a trainee (or anyone else) sees their own only.
    private static bool SeesPartnersCertificates(CurrentUser user) =>
        user.IsInRole(PortalRoles.Admin) || user.IsInRole(PortalRoles.ChannelManager) || user.IsInRole(PortalRoles.Dealer);
}
