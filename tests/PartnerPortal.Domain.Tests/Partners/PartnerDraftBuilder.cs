using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Tests.Partners;

/// <summary>
/// Builds a <see cref="PartnerDraft"/> that passes <see cref="PartnerRules.Validate"/> unless a test
/// changes something: dealer P0100 in region 1, no parent, one primary contact with a valid mobile and e-mail.
/// </summary>
public sealed class PartnerDraftBuilder
{
    public const string DefaultCode = "P0100";
    public const string DefaultName = "测试电器有限公司";
    public const int DefaultRegionId = 1;
    public const string ValidMobile = "13816620001";
    public const string ValidEmail = "li.lei@example.com";

    private string _code = DefaultCode;
    private string _name = DefaultName;
    private string _nameEn = "Test Electric Appliances Co., Ltd.";
    private PartnerType _type = PartnerType.Dealer;
    private PartnerTier _tier = PartnerTier.Standard;
    private PartnerStatus _status = PartnerStatus.Active;
    private CreditRating _creditRating = CreditRating.B;
    private int _regionId = DefaultRegionId;
    private int? _parentPartnerId;
    private List<ContactDraft> _contacts = [Contact(isPrimary: true)];

    public static PartnerDraftBuilder AValidDraft() => new();

    /// <summary>A contact with valid values; pass only what the test is about.</summary>
    public static ContactDraft Contact(
        bool isPrimary = false,
        string name = "李雷",
        string title = "采购经理",
        string phone = ValidMobile,
        string email = ValidEmail) =>
        new(name, title, phone, email, isPrimary);

    public PartnerDraftBuilder WithCode(string code) { _code = code; return this; }
    public PartnerDraftBuilder WithName(string name) { _name = name; return this; }
    public PartnerDraftBuilder WithNameEn(string nameEn) { _nameEn = nameEn; return this; }
    public PartnerDraftBuilder WithType(PartnerType type) { _type = type; return this; }
    public PartnerDraftBuilder WithTier(PartnerTier tier) { _tier = tier; return this; }
    public PartnerDraftBuilder WithStatus(PartnerStatus status) { _status = status; return this; }
    public PartnerDraftBuilder WithCreditRating(CreditRating rating) { _creditRating = rating; return this; }
    public PartnerDraftBuilder WithRegion(int regionId) { _regionId = regionId; return this; }
    public PartnerDraftBuilder WithParent(int? parentPartnerId) { _parentPartnerId = parentPartnerId; return this; }
    public PartnerDraftBuilder WithoutParent() => WithParent(null);
    public PartnerDraftBuilder WithContacts(params ContactDraft[] contacts) { _contacts = [.. contacts]; return this; }
    public PartnerDraftBuilder WithoutContacts() => WithContacts();

    public PartnerDraft Build() => new(
        _code,
        _name,
        _nameEn,
        _type,
        _tier,
        _status,
        _creditRating,
        _regionId,
        _parentPartnerId,
        _contacts.ToArray());
}
