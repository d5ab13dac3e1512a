using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Partners;

/// <summary>Validation of a partner before it is saved.</summary>
public static class PartnerRules
{
    /// <param name="draft">The form's values.</param>
    /// <param name="partnerId">The partner being edited, or null for a new one.</param>
    /// <param name="parent">The chosen parent's facts, or null when none is chosen or it does not exist.</param>
    public static IReadOnlyList<Problem> Validate(PartnerDraft draft, int? partnerId, ParentFacts? parent)
    {
        var problems = new List<Problem>();
        TextRules.Code(problems, nameof(draft.Code), draft.Code, Partner.CodeMaxLength);
        TextRules.Required(problems, nameof(draft.Name), draft.Name, Partner.NameMaxLength);
        TextRules.Optional(problems, nameof(draft.NameEn), draft.NameEn, Partner.NameMaxLength);
        if (draft.RegionId <= 0) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.RegionId)));

        if (draft.ParentPartnerId is { } parentId)
        {
            if (parentId == partnerId) problems.Add(new Problem(ProblemCodes.ParentIsSelf, nameof(draft.ParentPartnerId)));
            else if (parent is null) problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.ParentPartnerId)));
            else
            {
                if (draft.Type == PartnerType.Distributor)
                    problems.Add(new Problem(ProblemCodes.DistributorHasParent, nameof(draft.ParentPartnerId)));
                if (parent.Type != PartnerType.Distributor)
                    problems.Add(new Problem(ProblemCodes.ParentNotDistributor, nameof(draft.ParentPartnerId)));
                if (parent.RegionId != draft.RegionId)
                    problems.Add(new Problem(ProblemCodes.ParentOtherRegion, nameof(draft.ParentPartnerId)));
            }
        }

        for (var i = 0; i < draft.Contacts.Count; i++)
        {
            var c = draft.Contacts[i];
            var prefix = $"Contacts[{i}].";
            TextRules.Required(problems, prefix + nameof(c.Name), c.Name, PartnerContact.NameMaxLength);
            TextRules.Optional(problems, prefix + nameof(c.Title), c.Title, PartnerContact.NameMaxLength);
            TextRules.Phone(problems, prefix + nameof(c.Phone), c.Phone, PartnerContact.PhoneMaxLength);
            TextRules.Email(problems, prefix + nameof(c.Email), c.Email, PartnerContact.EmailMaxLength);
        }
        if (draft.Contacts.Count > 0 && draft.Contacts.Count(c => c.IsPrimary) != 1)
            problems.Add(new Problem(ProblemCodes.OnePrimaryContact, nameof(draft.Contacts)));

        return problems;
    }
}
