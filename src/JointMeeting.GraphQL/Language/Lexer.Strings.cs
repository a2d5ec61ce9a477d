using System.Text;

namespace JointMeeting.GraphQL.Language;

public sealed partial class Lexer
{
    private Token ReadString(int start)
    {
        string body = _body;
        int position = start + 1;
        int chunkStart = position;
        StringBuilder? value = null; // only allocated when the string has escapes

        while (position < body.Length)
        {
            char code = body[position];
            if (code == '"')
            {
                string text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return Make(TokenKind.String, start, position + 1, text);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += CodeAt(position + 1) == 'u'
                    ? CodeAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw Error(position, "Unterminated string.");
    }

    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        int point = 0;
        int size = 3;
        // at most 8 hex digits fit between "\u{" and "}"
        while (size < 12)
        {
            int code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0) break;
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        // a leading surrogate escape must be followed by a trailing one: "\uD83D\uDE00"
        if (char.IsHighSurrogate((char)code) && code >= 0
            && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            int trailing = Read16BitHexCode(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        value.Append(escaped.Value);
        return 2;
    }

    private string Slice(int start, int length) =>
        _body.Substring(start, Math.Max(0, Math.Min(length, _body.Length - start)));

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12) | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4) | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private Token ReadBlockString(int start)
    {
        string body = _body;
        int lineStart = _lineStart;
        int line = _line;
        int position = start + 3;
        int chunkStart = position;
        var currentLine = new StringBuilder();
        var blockLines = new List<string>();

        while (position < body.Length)
        {
            char code = body[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                // the token reports the line it starts on; lines inside it advance the lexer afterwards
                var token = Make(TokenKind.BlockString, start, position + 3, BlockString.Dedent(blockLines));
                _line = line;
                _lineStart = lineStart;
                return token;
            }
            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                line++;
                continue;
            }
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw Error(position, "Unterminated string.");
    }
}
