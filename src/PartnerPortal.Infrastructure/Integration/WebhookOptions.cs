namespace PartnerPortal.Infrastructure.Integration;

/// <summary>The "Webhooks" settings: how often the outbox is read, how failed deliveries are retried, and which hosts inside the network may be called.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Runs the dispatcher in the background. Tests that are not about webhooks turn it off.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Seconds between two looks at the outbox and the due deliveries.</summary>
    public double PollSeconds { get; set; } = 2;
    /// <summary>Attempts per delivery, the first included; after the last failed one the delivery is Failed.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>Seconds before the first retry; each further retry waits twice as long, at most an hour.</summary>
    public double FirstRetrySeconds { get; set; } = 10;
    /// <summary>Seconds to wait for a receiver's answer before the attempt counts as failed.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Hosts (names or IP addresses, as written in the endpoint's URL) that may be called although they are inside the network,
    /// e.g. an ERP on the company's intranet. Every other endpoint must resolve to public addresses only.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>The entries of <see cref="AllowedHosts"/> that are not a host name or an IP address (e.g. a URL, or a host with a port).</summary>
    public IReadOnlyList<string> InvalidAllowedHosts() =>
        AllowedHosts.Where(h => Uri.CheckHostName((h ?? "").Trim().TrimStart('[').TrimEnd(']').TrimEnd('.')) == UriHostNameType.Unknown).ToList();

    public TimeSpan PollInterval => TimeSpan.FromSeconds(Math.Max(PollSeconds, 0.01));
    public TimeSpan FirstRetry => TimeSpan.FromSeconds(Math.Max(FirstRetrySeconds, 0));
    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Max(TimeoutSeconds, 0.1));
    public int Attempts => Math.Max(MaxAttempts, 1);
}
