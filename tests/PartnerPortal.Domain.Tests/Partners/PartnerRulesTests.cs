using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Tests.Common;
using static PartnerPortal.Domain.Tests.Partners.PartnerDraftBuilder;

namespace PartnerPortal.Domain.Tests.Partners;

public class PartnerRulesTests
{
    private const int EditedPartnerId = 100;
    private const int ParentId = 7;

    private static IReadOnlyList<Problem> Validate(PartnerDraftBuilder draft, int? partnerId = null, ParentFacts? parent = null) =>
        PartnerRules.Validate(draft.Build(), partnerId, parent);

    private static ParentFacts Distributor(int regionId = DefaultRegionId) => new(ParentId, PartnerType.Distributor, regionId);

    // ---- The default draft -----------------------------------------------------------------

    [Fact]
    public void Valid_new_draft_has_no_problems()
    {
        ProblemAssert.None(Validate(AValidDraft()));
    }

    [Fact]
    public void Valid_draft_of_an_existing_partner_has_no_problems()
    {
        ProblemAssert.None(Validate(AValidDraft(), partnerId: EditedPartnerId));
    }

    [Fact]
    public void Dealer_buying_through_a_distributor_of_its_region_has_no_problems()
    {
        var problems = Validate(AValidDraft().WithType(PartnerType.Dealer).WithParent(ParentId), EditedPartnerId, Distributor());

        ProblemAssert.None(problems);
    }

    [Fact]
    public void Store_buying_through_a_distributor_of_its_region_has_no_problems()
    {
        var problems = Validate(AValidDraft().WithType(PartnerType.Store).WithParent(ParentId), parent: Distributor());

        ProblemAssert.None(problems);
    }

    [Fact]
    public void Distributor_without_a_parent_has_no_problems()
    {
        ProblemAssert.None(Validate(AValidDraft().WithType(PartnerType.Distributor)));
    }

    // ---- Code, names and region ------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Code_is_required(string code)
    {
        ProblemAssert.Single(Validate(AValidDraft().WithCode(code)), ProblemCodes.Required, "Code");
    }

    [Theory]
    [InlineData("p0100")]     // lower case
    [InlineData("P0100a")]
    [InlineData("P 0100")]    // space inside
    [InlineData("WH SH")]
    [InlineData("P_0100")]
    [InlineData("测试")]
    public void Code_with_lowercase_spaces_or_other_characters_is_invalid(string code)
    {
        ProblemAssert.Single(Validate(AValidDraft().WithCode(code)), ProblemCodes.InvalidCode, "Code");
    }

    [Fact]
    public void Code_longer_than_20_characters_is_too_long()
    {
        var code = "P" + new string('0', Partner.CodeMaxLength);

        ProblemAssert.Single(Validate(AValidDraft().WithCode(code)), ProblemCodes.TooLong, "Code", Partner.CodeMaxLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Name_is_required(string name)
    {
        ProblemAssert.Single(Validate(AValidDraft().WithName(name)), ProblemCodes.Required, "Name");
    }

    [Fact]
    public void Name_of_100_characters_is_allowed()
    {
        ProblemAssert.None(Validate(AValidDraft().WithName(new string('名', 100))));
    }

    [Fact]
    public void Name_of_101_characters_is_too_long()
    {
        var problems = Validate(AValidDraft().WithName(new string('名', 101)));

        ProblemAssert.Single(problems, ProblemCodes.TooLong, "Name", 100);
    }

    [Fact]
    public void English_name_is_optional()
    {
        ProblemAssert.None(Validate(AValidDraft().WithNameEn("")));
    }

    [Fact]
    public void English_name_of_101_characters_is_too_long()
    {
        var problems = Validate(AValidDraft().WithNameEn(new string('N', 101)));

        ProblemAssert.Single(problems, ProblemCodes.TooLong, "NameEn", 100);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Region_is_required(int regionId)
    {
        ProblemAssert.Single(Validate(AValidDraft().WithRegion(regionId)), ProblemCodes.Required, "RegionId");
    }

    [Fact]
    public void Every_broken_field_is_reported_at_once()
    {
        var problems = Validate(AValidDraft().WithCode("").WithName("").WithRegion(0));

        ProblemAssert.Exactly(problems,
            (ProblemCodes.Required, "Code"),
            (ProblemCodes.Required, "Name"),
            (ProblemCodes.Required, "RegionId"));
    }

    // ---- Parent ----------------------------------------------------------------------------

    [Fact]
    public void Partner_cannot_be_its_own_parent()
    {
        var draft = AValidDraft().WithParent(EditedPartnerId);

        var problems = Validate(draft, EditedPartnerId, new ParentFacts(EditedPartnerId, PartnerType.Distributor, DefaultRegionId));

        ProblemAssert.Single(problems, ProblemCodes.ParentIsSelf, "ParentPartnerId");
    }

    [Fact]
    public void Parent_that_does_not_exist_is_not_found()
    {
        var problems = Validate(AValidDraft().WithParent(ParentId), EditedPartnerId, parent: null);

        ProblemAssert.Single(problems, ProblemCodes.NotFound, "ParentPartnerId");
    }

    [Theory]
    [InlineData(PartnerType.Dealer)]
    [InlineData(PartnerType.Store)]
    public void Parent_must_be_a_distributor(PartnerType parentType)
    {
        var problems = Validate(AValidDraft().WithParent(ParentId), parent: new ParentFacts(ParentId, parentType, DefaultRegionId));

        ProblemAssert.Single(problems, ProblemCodes.ParentNotDistributor, "ParentPartnerId");
    }

    [Fact]
    public void Parent_must_be_in_the_same_region()
    {
        var problems = Validate(AValidDraft().WithRegion(1).WithParent(ParentId), parent: Distributor(regionId: 2));

        ProblemAssert.Single(problems, ProblemCodes.ParentOtherRegion, "ParentPartnerId");
    }

    [Fact]
    public void Parent_that_is_neither_a_distributor_nor_in_the_same_region_gets_both_problems()
    {
        var parent = new ParentFacts(ParentId, PartnerType.Store, RegionId: 2);

        var problems = Validate(AValidDraft().WithRegion(1).WithParent(ParentId), parent: parent);

        ProblemAssert.Exactly(problems,
            (ProblemCodes.ParentNotDistributor, "ParentPartnerId"),
            (ProblemCodes.ParentOtherRegion, "ParentPartnerId"));
    }

    [Fact]
    public void Distributor_cannot_have_a_parent()
    {
        var draft = AValidDraft().WithType(PartnerType.Distributor).WithParent(ParentId);

        var problems = Validate(draft, EditedPartnerId, Distributor());

        ProblemAssert.Single(problems, ProblemCodes.DistributorHasParent, "ParentPartnerId");
    }

    // ---- Contacts --------------------------------------------------------------------------

    [Fact]
    public void Partner_without_contacts_is_allowed()
    {
        ProblemAssert.None(Validate(AValidDraft().WithoutContacts()));
    }

    [Fact]
    public void One_primary_among_several_contacts_is_allowed()
    {
        var draft = AValidDraft().WithContacts(Contact(isPrimary: false), Contact(isPrimary: true), Contact(isPrimary: false));

        ProblemAssert.None(Validate(draft));
    }

    [Theory]
    [InlineData(1, 0)]  // the only contact is not primary
    [InlineData(2, 0)]  // no primary among two
    [InlineData(2, 2)]  // two primaries
    [InlineData(3, 3)]
    public void Contacts_need_exactly_one_primary(int contactCount, int primaryCount)
    {
        var contacts = Enumerable.Range(0, contactCount).Select(i => Contact(isPrimary: i < primaryCount)).ToArray();

        var problems = Validate(AValidDraft().WithContacts(contacts));

        ProblemAssert.Single(problems, ProblemCodes.OnePrimaryContact, "Contacts");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12")]
    public void Contact_with_an_invalid_phone_is_refused(string phone)
    {
        var problems = Validate(AValidDraft().WithContacts(Contact(isPrimary: true, phone: phone)));

        ProblemAssert.Single(problems, ProblemCodes.InvalidPhone, "Contacts[0].Phone");
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("li.lei.example.com")]
    public void Contact_with_an_invalid_email_is_refused(string email)
    {
        var problems = Validate(AValidDraft().WithContacts(Contact(isPrimary: true, email: email)));

        ProblemAssert.Single(problems, ProblemCodes.InvalidEmail, "Contacts[0].Email");
    }

    [Fact]
    public void Contact_problems_name_the_index_of_the_contact()
    {
        var draft = AValidDraft().WithContacts(
            Contact(isPrimary: true),
            Contact(phone: "abc", email: "a@b"));

        ProblemAssert.Exactly(Validate(draft),
            (ProblemCodes.InvalidPhone, "Contacts[1].Phone"),
            (ProblemCodes.InvalidEmail, "Contacts[1].Email"));
    }

    [Fact]
    public void Contact_name_is_required()
    {
        var problems = Validate(AValidDraft().WithContacts(Contact(isPrimary: true, name: " ")));

        ProblemAssert.Single(problems, ProblemCodes.Required, "Contacts[0].Name");
    }

    [Fact]
    public void Contact_phone_and_email_are_optional()
    {
        var problems = Validate(AValidDraft().WithContacts(Contact(isPrimary: true, phone: "", email: "")));

        ProblemAssert.None(problems);
    }
}
