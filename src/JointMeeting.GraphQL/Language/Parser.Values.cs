using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (Token.Kind == TokenKind.Name)
                        throw Error(token.Start, $"Unexpected variable \"${Token.Value}\" in constant value.");
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Token;
        Enter();
        var values = Any<ValueNode>(TokenKind.BracketL, isConst ? ParseConstValue : ParseNonConstValue, TokenKind.BracketR);
        Leave();
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Token;
        Enter();
        var fields = Any<ObjectFieldNode>(TokenKind.BraceL, isConst ? ParseConstObjectField : ParseObjectField, TokenKind.BraceR);
        Leave();
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    private ValueNode ParseConstValue() => ParseValueLiteral(true);

    private ValueNode ParseNonConstValue() => ParseValueLiteral(false);

    private ObjectFieldNode ParseObjectField() => ParseObjectField(false);

    private ObjectFieldNode ParseConstObjectField() => ParseObjectField(true);

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Token;
        Advance();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = Loc(token),
        };
    }

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private TypeNode ParseTypeReference()
    {
        var start = Token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            Leave();
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Token;
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }
}
