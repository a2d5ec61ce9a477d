using System.Text;
using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>Reads an uploaded CSV: UTF-8 only (with or without BOM), RFC 4180 quoting, CRLF or LF.</summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Read(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw DomainException.Invalid("file", "文件不是UTF-8编码（可能是GBK/ANSI）：请在Excel中“另存为 CSV UTF-8”后重新上传");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var records = Parse(text);
        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace)) throw DomainException.Invalid("file", "文件为空或缺少表头");
        return (records[0], records.Skip(1).ToList());
    }

    private static List<IReadOnlyList<string>> Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': row.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n': row.Add(cell.ToString()); cell.Clear(); records.Add(row); row = []; break;
                default: cell.Append(c); break;
            }
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); records.Add(row); }
        return records;
    }
}
