using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>Validation of a product before it is saved.</summary>
public static class ProductRules
{
    public const int UnitMaxLength = 10;
    public const int UnitEnMaxLength = 20;
    /// <summary>The highest list or tier price accepted: far above any real product, well inside the database column.</summary>
    public const decimal MaxPrice = 99_999_999.99m;

    /// <summary>Trims every text and normalizes the SKU (full-width to ASCII, upper case), as it is stored.</summary>
    public static ProductDraft Normalize(ProductDraft d) => d with
    {
        Sku = TextRules.NormalizeCode(d.Sku),
        Name = (d.Name ?? "").Trim(),
        NameEn = (d.NameEn ?? "").Trim(),
        Unit = (d.Unit ?? "").Trim(),
        UnitEn = (d.UnitEn ?? "").Trim(),
    };

    /// <param name="draft">The form's values, normalized.</param>
    /// <param name="categoryExists">Whether the chosen category is stored.</param>
    public static IReadOnlyList<Problem> Validate(ProductDraft draft, bool categoryExists)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<Problem>();
        TextRules.Code(problems, nameof(draft.Sku), draft.Sku, Product.SkuMaxLength);
        TextRules.Required(problems, nameof(draft.Name), draft.Name, Product.NameMaxLength);
        TextRules.Required(problems, nameof(draft.NameEn), draft.NameEn, Product.NameMaxLength);
        if (draft.CategoryId <= 0) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.CategoryId)));
        else if (!categoryExists) problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.CategoryId)));
        TextRules.Required(problems, nameof(draft.Unit), draft.Unit, UnitMaxLength);
        TextRules.Optional(problems, nameof(draft.UnitEn), draft.UnitEn, UnitEnMaxLength);

        Positive(problems, nameof(draft.PackSize), draft.PackSize);
        Positive(problems, nameof(draft.MinOrderQuantity), draft.MinOrderQuantity);
        Positive(problems, nameof(draft.OrderMultiple), draft.OrderMultiple);
        // Partners order in multiples, so the smallest order must be one of them (2 cartons of 6 → 12, not 8).
        if (draft.MinOrderQuantity >= 1 && draft.OrderMultiple >= 1 && draft.MinOrderQuantity % draft.OrderMultiple != 0)
            problems.Add(new Problem(ProblemCodes.NotAMultiple, nameof(draft.MinOrderQuantity), draft.OrderMultiple));

        Price(problems, nameof(draft.ListPrice), draft.ListPrice);
        if (draft.LowStockThreshold < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, nameof(draft.LowStockThreshold)));
        return problems;
    }

    /// <summary>A price: not negative, at most <see cref="MaxPrice"/>, and in whole cents.</summary>
    public static void Price(List<Problem> problems, string field, decimal value)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, field));
        else if (value > MaxPrice) problems.Add(new Problem(ProblemCodes.OutOfRange, field, 0m, MaxPrice));
        else if (Money.Round(value) != value) problems.Add(new Problem(ProblemCodes.TooManyDecimals, field, Money.Decimals));
    }

    private static void Positive(List<Problem> problems, string field, int value)
    {
        if (value < 1) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, field));
    }
}
