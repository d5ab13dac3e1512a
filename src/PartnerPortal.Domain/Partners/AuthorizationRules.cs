namespace PartnerPortal.Domain.Partners;

/// <summary>The brand's dealer authorization (授权书) as a condition for ordering.</summary>
public static class AuthorizationRules
{
    /// <summary>
    /// When the brand blocks ordering on an expired authorization (<paramref name="blockWhenExpired"/>), a partner whose
    /// authorizations have all expired may not order; the one that ran out last is named. A partner with none on file
    /// is not blocked: nothing of its has run out, and whether one is required is the brand's record to keep. The day an
    /// authorization expires is still a valid day (<see cref="PartnerDocumentRules.StateOf"/>).
    /// </summary>
    public static OrderingAuthorization Check(bool blockWhenExpired, IEnumerable<AuthorizationOnFile> authorizations, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(authorizations);
        if (!blockWhenExpired) return OrderingAuthorization.Allowed;
        var latest = authorizations.OrderByDescending(a => a.ExpiresOn).ThenBy(a => a.Number, StringComparer.Ordinal).FirstOrDefault();
        if (latest is null) return OrderingAuthorization.Allowed;
        return PartnerDocumentRules.StateOf(latest.ExpiresOn, today) == ExpiryState.Expired
            ? OrderingAuthorization.BlockedBy(latest)
            : OrderingAuthorization.Allowed;
    }
}
