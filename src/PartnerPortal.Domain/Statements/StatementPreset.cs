namespace PartnerPortal.Domain.Statements;

/// <summary>The quick choices of a statement's dates, all calendar periods counted from today.</summary>
public enum StatementPreset
{
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear,
}
