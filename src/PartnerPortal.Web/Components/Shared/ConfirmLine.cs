namespace PartnerPortal.Web.Components.Shared;

/// <summary>One figure of a confirmation: what it is and its value as shown (an amount, a date, "old → new").</summary>
public sealed record ConfirmLine(string Label, string Value, string? TestId = null);
