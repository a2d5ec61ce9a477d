using System.Text;

namespace JointMeeting.Server.Exports;

/// <summary>RFC 4180 CSV: CRLF rows, fields quoted when they hold a comma, quote or line break; UTF-8 with BOM so Excel reads Chinese.</summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(params object?[] fields)
    {
        _text.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTimeOffset t => t.ToOffset(JointMeeting.Domain.Common.ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm"),
            DateOnly d => d.ToString("yyyy-MM-dd"),
            bool b => b ? "是" : "否",
            _ => value.ToString() ?? "",
        };
        // A leading =, +, - or @ would run as a formula in Excel.
        if (text.Length > 0 && "=+-@".Contains(text[0]) && !decimal.TryParse(text, out _)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
