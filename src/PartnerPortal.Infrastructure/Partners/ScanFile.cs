namespace PartnerPortal.Infrastructure.Partners;

/// <summary>A scan as it is uploaded: its content, streamed, the name it came with and the size the browser declared.</summary>
public sealed record ScanFile(Stream Content, string? FileName, long Size);
