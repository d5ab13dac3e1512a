namespace PartnerPortal.Infrastructure.Training;

/// <summary>What a certificate's PDF shows: the holder, their partner, the course, the dates and the code.</summary>
/// <param name="ValidUntil">The last valid day; null when the certificate never expires.</param>
public sealed record CertificateDocument(
    string Code,
    string HolderName,
    string PartnerName,
    string PartnerNameEn,
    string CourseTitle,
    string CourseTitleEn,
    DateOnly PassedOn,
    DateOnly? ValidUntil);

/// <summary>
/// What anyone may learn about a certificate from its code, signed in or not: who holds it, for which course, since and
/// until when, and whether it is valid today. Deliberately nothing else (no partner, no score, no ids): the code is
/// printed on paper that travels.
/// </summary>
/// <param name="ValidUntil">The last valid day; null when the certificate never expires.</param>
/// <param name="IsValid">Valid today: passed on or before today and not past <paramref name="ValidUntil"/>.</param>
public sealed record CertificateVerification(
    string HolderName,
    string CourseTitle,
    string CourseTitleEn,
    DateOnly PassedOn,
    DateOnly? ValidUntil,
    bool IsValid);
