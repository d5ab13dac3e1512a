namespace PartnerPortal.Domain.Training;

/// <summary>An option as the taker sees it: its id to answer with and its text, nothing about whether it is correct.</summary>
public sealed record TakerOption(int Id, string Text);
