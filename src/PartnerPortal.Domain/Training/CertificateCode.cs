using System.Security.Cryptography;

namespace PartnerPortal.Domain.Training;

/// <summary>
/// The code printed on a certificate, with which anyone can check it is genuine: ten characters from 32 that
/// cannot be confused when read aloud or retyped (no 0/O, no 1/I). 32¹⁰ ≈ 10¹⁵ codes, so they cannot be guessed.
/// </summary>
public static class CertificateCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 10;

    /// <summary>A new code from the cryptographic random number generator.</summary>
    public static string Generate() => Generate(RandomNumberGenerator.GetInt32);

    /// <summary>A new code; <paramref name="pick"/> returns a number from 0 to its argument − 1 (the alphabet's size).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pick"/> returned a number outside the alphabet.</exception>
    public static string Generate(Func<int, int> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        return string.Create(Length, pick, static (chars, p) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                var index = p(Alphabet.Length);
                if (index < 0 || index >= Alphabet.Length)
                    throw new ArgumentOutOfRangeException(nameof(pick), index, "The pick is outside the alphabet.");
                chars[i] = Alphabet[index];
            }
        });
    }

    /// <summary>Exactly <see cref="Length"/> characters of the <see cref="Alphabet"/>; normalise typed input first.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>A code as typed, upper-cased and without spaces or dashes, ready to check and look up.</summary>
    public static string Normalize(string? typed) =>
        typed is null ? "" : string.Concat(typed.Where(c => c is not (' ' or '-') && !char.IsWhiteSpace(c))).ToUpperInvariant();
}
