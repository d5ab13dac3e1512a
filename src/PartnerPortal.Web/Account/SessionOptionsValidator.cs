using Microsoft.Extensions.Options;

namespace PartnerPortal.Web.Account;

/// <summary>Refuses wrong session settings at start-up, naming them, rather than signing people out at odd times.</summary>
public sealed class SessionOptionsValidator : IValidateOptions<SessionOptions>
{
    public ValidateOptionsResult Validate(string? name, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.ToPolicy().Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{SessionOptions.Section}:{p}"));
    }
}
