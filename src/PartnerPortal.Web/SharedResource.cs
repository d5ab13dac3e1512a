namespace PartnerPortal.Web;

/// <summary>
/// Anchor of the portal's translations (Resources/SharedResource*.resx). Keys are the English text;
/// the zh-CN file translates every key, and coded keys (Problem.*, enum values) have English entries too.
/// </summary>
public sealed class SharedResource;
