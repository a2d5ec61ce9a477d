namespace JointMeeting.Domain.Common.Import;

/// <summary>One problem in an uploaded file. Row counts the header as row 1, as a spreadsheet shows it.</summary>
public sealed record ImportRowError(int Row, string Column, string Reason);

/// <summary>A row that passed every rule, with its spreadsheet row number for later messages.</summary>
public sealed record ImportRow<T>(int Row, T Value);

/// <summary>Valid rows to write and the errors to show; the server writes nothing when Errors is not empty.</summary>
public sealed record ImportResult<T>(IReadOnlyList<ImportRow<T>> Rows, IReadOnlyList<ImportRowError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>A column a file must or may have: its Chinese header and the English aliases accepted too.</summary>
public sealed record CsvColumn(string Header, bool Required, params string[] Aliases)
{
    public bool Matches(string header)
    {
        var h = header.Trim().TrimStart('\uFEFF').Replace("*", "").Trim();
        return string.Equals(h, Header, StringComparison.OrdinalIgnoreCase)
            || Aliases.Any(a => string.Equals(h, a, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>
/// The header row mapped to known columns. Reading the file (encoding, quoting) is the server's
/// work; this only knows which cell is which.
/// </summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index;

    private CsvHeader(Dictionary<string, int> index, IReadOnlyList<ImportRowError> errors)
    {
        _index = index;
        Errors = errors;
    }

    public IReadOnlyList<ImportRowError> Errors { get; }

    public static CsvHeader Map(IReadOnlyList<string> headers, IReadOnlyList<CsvColumn> columns)
    {
        var index = new Dictionary<string, int>();
        var errors = new List<ImportRowError>();
        for (var i = 0; i < headers.Count; i++)
        {
            var column = columns.FirstOrDefault(c => c.Matches(headers[i]));
            if (column is null) continue; // extra columns (remarks) are allowed and ignored
            if (!index.TryAdd(column.Header, i))
                errors.Add(new ImportRowError(1, column.Header, $"表头“{column.Header}”重复"));
        }
        foreach (var missing in columns.Where(c => c.Required && !index.ContainsKey(c.Header)))
            errors.Add(new ImportRowError(1, missing.Header, $"缺少必填列“{missing.Header}”"));
        return new CsvHeader(index, errors);
    }

    /// <summary>The trimmed cell of a column, or null when the column is absent or the cell blank.</summary>
    public string? Cell(IReadOnlyList<string> row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Count && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;

    /// <summary>Rows the server read after the header, numbered from 2; wholly blank lines are skipped.</summary>
    public static IEnumerable<(int Row, IReadOnlyList<string> Cells)> Numbered(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Select((cells, i) => (Row: i + 2, Cells: cells)).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
}
