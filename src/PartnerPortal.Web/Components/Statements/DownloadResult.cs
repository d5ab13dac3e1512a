namespace PartnerPortal.Web.Components.Statements;

/// <summary>What wwwroot/js/download.js reports: whether the file was saved, else the HTTP status (0: no answer or a redirect) and the server's message.</summary>
public sealed record DownloadResult(bool Ok, int Status, string? Message, string? FileName);
