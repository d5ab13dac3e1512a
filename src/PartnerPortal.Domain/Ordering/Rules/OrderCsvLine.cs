using System.Text;

namespace PartnerPortal.Domain.Ordering.Rules;

/// <summary>
/// Splits one line of an order file into trimmed cells. The separator is the first comma, semicolon or tab outside
/// quotes (a full-width ，； counts as its ASCII form, as a Chinese input method types it); a quoted cell may hold
/// separators and "" for a quote. A blank line has no cells.
/// </summary>
public static class OrderCsvLine
{
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line)) return [];
        var separator = FindSeparator(line);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = Plain(line[i]);
            if (quoted)
            {
                if (c != '"') cell.Append(line[i]);
                else if (i + 1 < line.Length && Plain(line[i + 1]) == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else quoted = false;
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else cell.Append(line[i]);
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }

    private static char? FindSeparator(string line)
    {
        var quoted = false;
        foreach (var raw in line)
        {
            var c = Plain(raw);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is ',' or ';' or '\t') return c;
        }
        return null;
    }

    // The full-width comma, semicolon and quote of a Chinese keyboard.
    private static char Plain(char c) => c switch
    {
        '，' => ',',
        '；' => ';',
        '＂' => '"',
        _ => c,
    };
}
