namespace JointMeeting.GraphQL.Language;

/// <summary>
/// Turns GraphQL source into tokens on demand, following the October 2021 spec and graphql-js 16
/// error wording. Ignored tokens (whitespace, commas, BOM, comments) are skipped.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _line = 1;
    private int _lineStart;
    private Token? _lookahead;

    /// <summary>Creates a lexer positioned on the start-of-file token.</summary>
    public Lexer(string source)
    {
        _body = source;
        Current = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    /// <summary>The source text.</summary>
    public string Source => _body;

    /// <summary>The current token.</summary>
    public Token Current { get; private set; }

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        Current = _lookahead ?? ReadToken(Current.End);
        _lookahead = null;
        return Current;
    }

    /// <summary>Returns the token after <see cref="Current"/> without consuming it.</summary>
    public Token Lookahead()
    {
        if (Current.Kind == TokenKind.EndOfFile) return Current;
        _lookahead ??= ReadToken(Current.End);
        return _lookahead.Value;
    }

    private int CodeAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    private Token ReadToken(int position)
    {
        string body = _body;
        int length = body.Length;
        while (position < length)
        {
            char code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CodeAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Make(TokenKind.Bang, position, position + 1);
                case '$': return Make(TokenKind.Dollar, position, position + 1);
                case '&': return Make(TokenKind.Amp, position, position + 1);
                case '(': return Make(TokenKind.ParenL, position, position + 1);
                case ')': return Make(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                        return Make(TokenKind.Spread, position, position + 3);
                    break;
                case ':': return Make(TokenKind.Colon, position, position + 1);
                case '=': return Make(TokenKind.Equals, position, position + 1);
                case '@': return Make(TokenKind.At, position, position + 1);
                case '[': return Make(TokenKind.BracketL, position, position + 1);
                case ']': return Make(TokenKind.BracketR, position, position + 1);
                case '{': return Make(TokenKind.BraceL, position, position + 1);
                case '|': return Make(TokenKind.Pipe, position, position + 1);
                case '}': return Make(TokenKind.BraceR, position, position + 1);
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-') return ReadNumber(position, code);
            if (IsNameStart(code)) return ReadName(position);

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return Make(TokenKind.EndOfFile, length, length);
    }

    private int SkipComment(int start)
    {
        int position = start + 1;
        while (position < _body.Length)
        {
            char code = _body[position];
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        return position;
    }

    private Token ReadName(int start)
    {
        int position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position])) position++;
        return Make(TokenKind.Name, start, position, _body.Substring(start, position - start));
    }

    private Token ReadNumber(int start, int code)
    {
        int position = start;
        bool isFloat = false;
        if (code == '-') code = CodeAt(++position);
        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-') code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        // numbers must not run straight into a name or a dot, e.g. 12abc or 1.2.3
        if (code == '.' || IsNameStart(code))
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        int position = start + 1;
        while (IsDigit(CodeAt(position))) position++;
        return position;
    }

    private GraphQLSyntaxError Error(int position, string description) => new(_body, position, description);

    /// <summary>graphql-js style: <c>"x"</c> for printable ASCII, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return "<EOF>";
        int code = _body[position];
        if (IsSupplementaryCodePoint(position)) code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        if (code >= 0x20 && code <= 0x7E) return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return "U+" + code.ToString("X4");
    }

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    private static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>True for <c>[A-Za-z_]</c>.</summary>
    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    /// <summary>True for <c>[A-Za-z0-9_]</c>.</summary>
    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private bool IsSupplementaryCodePoint(int position) =>
        char.IsHighSurrogate(_body[position]) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);
}
