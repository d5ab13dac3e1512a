namespace PartnerPortal.Domain.Common;

/// <summary>Codes of <see cref="Problem"/>s; each has a translated message under the same key.</summary>
public static class ProblemCodes
{
    public const string Required = "Problem.Required";
    public const string TooLong = "Problem.TooLong";
    public const string InvalidCode = "Problem.InvalidCode";
    public const string InvalidEmail = "Problem.InvalidEmail";
    public const string InvalidPhone = "Problem.InvalidPhone";
    public const string Duplicate = "Problem.Duplicate";
    public const string NotFound = "Problem.NotFound";
    public const string ParentIsSelf = "Problem.ParentIsSelf";
    public const string ParentNotDistributor = "Problem.ParentNotDistributor";
    public const string ParentOtherRegion = "Problem.ParentOtherRegion";
    public const string DistributorHasParent = "Problem.DistributorHasParent";
    public const string OnePrimaryContact = "Problem.OnePrimaryContact";
    public const string RegionInUse = "Problem.RegionInUse";
    public const string PartnerRequiredForRole = "Problem.PartnerRequiredForRole";
    public const string PasswordRejected = "Problem.PasswordRejected";
    public const string CannotLockSelf = "Problem.CannotLockSelf";
    public const string HasSubPartners = "Problem.HasSubPartners";
    public const string CannotChangeOwnRole = "Problem.CannotChangeOwnRole";
    public const string QuantityNotPositive = "Problem.QuantityNotPositive";
    /// <summary>Args: the product's minimum order quantity.</summary>
    public const string BelowMinimumQuantity = "Problem.BelowMinimumQuantity";
    /// <summary>Args: the multiple the product is sold in (e.g. a carton of 6).</summary>
    public const string NotAMultiple = "Problem.NotAMultiple";
    public const string ProductInactive = "Problem.ProductInactive";
    public const string EmptyOrder = "Problem.EmptyOrder";
    /// <summary>Args: the SKU, the quantity asked for, the quantity available.</summary>
    public const string InsufficientStock = "Problem.InsufficientStock";
    /// <summary>Args: the SKU as typed.</summary>
    public const string UnknownSku = "Problem.UnknownSku";
    /// <summary>Not a whole number. Args: the text as typed.</summary>
    public const string NotANumber = "Problem.NotANumber";
    /// <summary>Not a number at all (where decimals are allowed). Args: the text as typed.</summary>
    public const string NotADecimal = "Problem.NotADecimal";
    /// <summary>A typed number above the field's maximum. Args: the maximum.</summary>
    public const string TooLarge = "Problem.TooLarge";
    /// <summary>A typed number below the field's minimum. Args: the minimum.</summary>
    public const string TooSmall = "Problem.TooSmall";
    /// <summary>
    /// A control, bidirectional-override or other invisible formatting character in a text. Args: the character's code
    /// point as U+XXXX.
    /// </summary>
    public const string ForbiddenCharacter = "Problem.ForbiddenCharacter";
    /// <summary>An order file over the size limit. Args: the most megabytes, the most lines.</summary>
    public const string OrderFileTooLarge = "Problem.OrderFileTooLarge";
    /// <summary>An order file with more data lines than are read. Args: the most lines.</summary>
    public const string FileTooManyLines = "Problem.FileTooManyLines";
    /// <summary>An uploaded file that is not text in a known encoding (a workbook, an image, a PDF renamed .csv).</summary>
    public const string NotATextFile = "Problem.NotATextFile";
    /// <summary>An order file's header row names no SKU column. Args: the headers recognised, comma-separated.</summary>
    public const string NoSkuColumn = "Problem.NoSkuColumn";
    /// <summary>An order file's header row names no quantity column. Args: the headers recognised, comma-separated.</summary>
    public const string NoQuantityColumn = "Problem.NoQuantityColumn";
    /// <summary>A date outside the years the portal accepts. Args: the earliest and the latest day (yyyy-MM-dd).</summary>
    public const string DateOutOfRange = "Problem.DateOutOfRange";
    public const string NoPartner = "Problem.NoPartner";
    public const string NoCreditAccount = "Problem.NoCreditAccount";
    /// <summary>Args: the order's current status.</summary>
    public const string WrongOrderStatus = "Problem.WrongOrderStatus";
    public const string EmptyShipment = "Problem.EmptyShipment";
    /// <summary>Args: the SKU, the quantity asked for, the line's quantity still to ship.</summary>
    public const string ExceedsOpenQuantity = "Problem.ExceedsOpenQuantity";
    /// <summary>Args: the SKU, the quantity asked for, the quantity the line holds in that warehouse.</summary>
    public const string ExceedsReserved = "Problem.ExceedsReserved";
    public const string AmountNotPositive = "Problem.AmountNotPositive";
    public const string NegativeAmount = "Problem.NegativeAmount";
    /// <summary>Args: the most decimals allowed.</summary>
    public const string TooManyDecimals = "Problem.TooManyDecimals";
    /// <summary>Args: the least and the most allowed.</summary>
    public const string OutOfRange = "Problem.OutOfRange";
    public const string NotZero = "Problem.NotZero";
    /// <summary>Args: the SKU, the quantity on hand now, what it would become, the quantity reserved for orders.</summary>
    public const string StockBelowReserved = "Problem.StockBelowReserved";
    /// <summary>Args: the SKU, the quantity on hand now, what it would become.</summary>
    public const string StockBelowZero = "Problem.StockBelowZero";
    /// <summary>A rebate tier's threshold is not above the one before it.</summary>
    public const string ThresholdsNotIncreasing = "Problem.ThresholdsNotIncreasing";
    /// <summary>A rebate of yuan per unit on a scheme that does not count units.</summary>
    public const string RateKindNeedsQuantity = "Problem.RateKindNeedsQuantity";
    /// <summary>A percent rate on a scheme that counts units: there is no amount to take the percent of.</summary>
    public const string RateKindNeedsAmount = "Problem.RateKindNeedsAmount";
    /// <summary>A policy date that is not the first day of a month, quarter or year, as the policy's period type says.</summary>
    public const string NotPeriodStart = "Problem.NotPeriodStart";
    /// <summary>A policy date that is not the last day of a month, quarter or year, as the policy's period type says.</summary>
    public const string NotPeriodEnd = "Problem.NotPeriodEnd";
    public const string EndBeforeStart = "Problem.EndBeforeStart";
    /// <summary>Args: the code and name of the policy this one would pay the same purchases twice with.</summary>
    public const string OverlappingPolicy = "Problem.OverlappingPolicy";
    /// <summary>Args: the policy's current status.</summary>
    public const string WrongPolicyStatus = "Problem.WrongPolicyStatus";
    /// <summary>A revision starting outside the dates of the version it replaces. Args: the first and the last period it may start in.</summary>
    public const string InvalidRevisionDate = "Problem.InvalidRevisionDate";
    /// <summary>A revision starting in a period already settled. Args: that period, the first period it may start in.</summary>
    public const string RevisionInSettledPeriod = "Problem.RevisionInSettledPeriod";
    /// <summary>A revision starting in a period that has ended (not yet settled). Args: that period, the first period it may start in.</summary>
    public const string RevisionInEndedPeriod = "Problem.RevisionInEndedPeriod";
    /// <summary>A revision of a version whose last period has ended. Args: that last period.</summary>
    public const string RevisionAfterEnd = "Problem.RevisionAfterEnd";
    /// <summary>A revision of a policy that already has a draft revision. Args: the policy's code and the draft's version number.</summary>
    public const string RevisionPending = "Problem.RevisionPending";
    /// <summary>Exclusions that leave a policy no product to pay on.</summary>
    public const string NoProductLeft = "Problem.NoProductLeft";
    /// <summary>Excluding another policy's products when it pays on every product. Args: that policy's code.</summary>
    public const string OverlapAllProducts = "Problem.OverlapAllProducts";
    /// <summary>Revising a policy that reaches into regions the caller does not manage. Args: its code.</summary>
    public const string NotManageable = "Problem.NotManageable";
    /// <summary>Settling a period that has not ended yet.</summary>
    public const string PeriodNotClosed = "Problem.PeriodNotClosed";
    /// <summary>An id for a partner, region, category or product that does not exist or is outside the caller's scope.</summary>
    public const string OutsideScope = "Problem.OutsideScope";
    /// <summary>A quiz draws more questions per attempt than its bank holds. Args: the questions per attempt, the questions in the bank.</summary>
    public const string QuizBankTooSmall = "Problem.QuizBankTooSmall";
    /// <summary>A quiz question with no option marked correct.</summary>
    public const string NoCorrectOption = "Problem.NoCorrectOption";
    /// <summary>A single-choice or true/false question with more than one option marked correct.</summary>
    public const string MoreThanOneCorrectOption = "Problem.MoreThanOneCorrectOption";
    /// <summary>A quiz question with too few or too many options. Args: the least and the most allowed.</summary>
    public const string WrongOptionCount = "Problem.WrongOptionCount";
    /// <summary>Not enough points for a redemption. Args: the points it costs, the balance.</summary>
    public const string InsufficientPoints = "Problem.InsufficientPoints";
    /// <summary>Only a dealer may redeem points; a trainee (or brand staff) may not.</summary>
    public const string RoleCannotRedeem = "Problem.RoleCannotRedeem";
    public const string RewardOutOfStock = "Problem.RewardOutOfStock";
    /// <summary>A points adjustment that would take the balance below zero. Args: the balance now, what it would become.</summary>
    public const string PointsBelowZero = "Problem.PointsBelowZero";
    /// <summary>Args: the status the request already has.</summary>
    public const string AlreadyDecided = "Problem.AlreadyDecided";
    /// <summary>Args: the course's attempt limit.</summary>
    public const string AttemptLimitReached = "Problem.AttemptLimitReached";
    /// <summary>Saving an answer to an attempt that was submitted or whose time ran out.</summary>
    public const string AttemptEnded = "Problem.AttemptEnded";
    /// <summary>A document's issue date after its expiry date.</summary>
    public const string IssuedAfterExpiry = "Problem.IssuedAfterExpiry";
    /// <summary>A scan file with nothing in it.</summary>
    public const string ScanEmpty = "Problem.ScanEmpty";
    /// <summary>A scan larger than the portal keeps. Args: the limit in megabytes.</summary>
    public const string ScanTooLarge = "Problem.ScanTooLarge";
    /// <summary>A scan whose content is not a PDF, JPEG or PNG, whatever its name says.</summary>
    public const string ScanWrongType = "Problem.ScanWrongType";
    /// <summary>An upload that broke off before the whole scan arrived (the browser's connection dropped, the file changed).</summary>
    public const string ScanUnreadable = "Problem.ScanUnreadable";
    /// <summary>A renewal whose expiry date is not after the document's current one. Args: the current expiry date.</summary>
    public const string RenewalNotLater = "Problem.RenewalNotLater";
    /// <summary>A renewal whose expiry date has already passed.</summary>
    public const string RenewalAlreadyExpired = "Problem.RenewalAlreadyExpired";
    /// <summary>A renewal for a document that already has one waiting for review.</summary>
    public const string RenewalPending = "Problem.RenewalPending";
    /// <summary>Ordering with an expired dealer authorization, which the brand's setting blocks. Args: its number, its expiry date.</summary>
    public const string AuthorizationExpired = "Problem.AuthorizationExpired";
    /// <summary>An order the ERP already acknowledged under another number. Args: the ERP order number it has.</summary>
    public const string AlreadyAcknowledged = "Problem.AlreadyAcknowledged";
    /// <summary>An external reference (the ERP's shipment number or payment reference) already used for a different request.</summary>
    public const string ReferenceInUse = "Problem.ReferenceInUse";
    /// <summary>A return request with no line.</summary>
    public const string EmptyReturn = "Problem.EmptyReturn";
    /// <summary>Returning more of a shipped line than is still returnable. Args: the SKU, the quantity asked for, the quantity returnable.</summary>
    public const string ExceedsReturnable = "Problem.ExceedsReturnable";
    /// <summary>Receiving more of a return line than was approved. Args: the SKU, the quantity received, the quantity approved.</summary>
    public const string ExceedsApproved = "Problem.ExceedsApproved";
    /// <summary>Args: the return's current status.</summary>
    public const string WrongReturnStatus = "Problem.WrongReturnStatus";
    /// <summary>More photos than a return keeps. Args: the most allowed.</summary>
    public const string TooManyPhotos = "Problem.TooManyPhotos";
    /// <summary>A photo whose content is not a JPEG or PNG image, whatever its name says.</summary>
    public const string PhotoWrongType = "Problem.PhotoWrongType";
    /// <summary>A photo that does not decode as an image, or decodes to too many pixels. Args: the most megapixels.</summary>
    public const string PhotoUnreadable = "Problem.PhotoUnreadable";
    /// <summary>A payment recorded with neither a reference nor the reason it has none.</summary>
    public const string ReferenceOrReasonRequired = "Problem.ReferenceOrReasonRequired";
    /// <summary>A payment given both a reference and a reason for having none.</summary>
    public const string ReferenceAndReason = "Problem.ReferenceAndReason";
    /// <summary>Reversing an entry that was reversed already. Args: the entry's number, the reversal's number.</summary>
    public const string AlreadyReversed = "Problem.AlreadyReversed";
    /// <summary>A value that is not one of those allowed. Args: the allowed values, comma-separated.</summary>
    public const string UnknownValue = "Problem.UnknownValue";
}
