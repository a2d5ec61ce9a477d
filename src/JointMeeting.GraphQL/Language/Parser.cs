using System.Runtime.CompilerServices;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (October 2021 spec plus descriptions on
/// executable definitions), mirroring graphql-js 16 structure and error messages. Recursion is
/// bounded by <see cref="ParserOptions.MaxDepth"/> and by a stack probe, so hostile input yields
/// a <see cref="GraphQLSyntaxError"/>, never a stack overflow.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly string _source;
    private int _tokenCount;
    private int _depth;
    private int _previousEnd;

    private Parser(string source, ParserOptions? options)
    {
        _options = options ?? ParserOptions.Default;
        _source = source ?? throw new ArgumentNullException(nameof(source));
        if (source.Length > _options.MaxDocumentLength)
            throw new GraphQLSyntaxError(source, 0,
                $"Document is larger than {_options.MaxDocumentLength} characters. Parsing aborted.");
        _lexer = new Lexer(source);
    }

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="GraphQLSyntaxError">The source is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal such as <c>[42, {a: $v}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseWhole(p => p.ParseValueLiteral(false));

    /// <summary>Parses a single constant value literal (no variables).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseWhole(p => p.ParseValueLiteral(true));

    /// <summary>Parses a type reference such as <c>[Wish!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseWhole(p => p.ParseTypeReference());

    private T ParseWhole<T>(Func<Parser, T> parse)
    {
        Expect(TokenKind.StartOfFile);
        var result = parse(this);
        Expect(TokenKind.EndOfFile);
        return result;
    }

    private DocumentNode ParseDocument()
    {
        var start = Token;
        Expect(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do definitions.Add(ParseDefinition());
        while (!ExpectOptional(TokenKind.EndOfFile));
        return new DocumentNode { Definitions = definitions, TokenCount = _tokenCount, Location = Loc(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();

        bool hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
            throw Error(Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
                throw Error(Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            if (keyword.Value == "extend") return ParseTypeSystemExtension();
        }
        throw Unexpected(keyword);
    }

    // ---- token helpers (graphql-js names) ----

    private Token Token => _lexer.Current;

    private bool Peek(TokenKind kind) => _lexer.Current.Kind == kind;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private void Advance()
    {
        _previousEnd = _lexer.Current.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
            // "more that" is graphql-js 16's exact wording
            throw Error(token.Start, $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
    }

    private Token Expect(TokenKind kind)
    {
        var token = Token;
        if (token.Kind != kind)
            throw Error(token.Start, $"Expected {Token.Describe(kind)}, found {token.Describe()}.");
        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (Token.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = Token;
        if (token.Kind != TokenKind.Name || token.Value != value)
            throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
        Advance();
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (Token.Kind != TokenKind.Name || Token.Value != value) return false;
        Advance();
        return true;
    }

    private GraphQLSyntaxError Unexpected(Token? at = null)
    {
        var token = at ?? Token;
        return Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    private GraphQLSyntaxError Error(int position, string description) => new(_source, position, description);

    /// <summary>Location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private Location? Loc(Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _previousEnd, start.Line, start.Column);

    /// <summary>Guards every recursive production; pair with <see cref="Leave"/>.</summary>
    private void Enter()
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error(Token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
    }

    private void Leave() => _depth--;

    // ---- list helpers ----

    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        do nodes.Add(item());
        while (!ExpectOptional(close));
        return nodes;
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        if (!ExpectOptional(open)) return [];
        var nodes = new List<T>();
        do nodes.Add(item());
        while (!ExpectOptional(close));
        return nodes;
    }

    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        while (!ExpectOptional(close)) nodes.Add(item());
        return nodes;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptional(delimiter);
        var nodes = new List<T>();
        do nodes.Add(item());
        while (ExpectOptional(delimiter));
        return nodes;
    }
}
