using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

public sealed partial class Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Token;
        if (Peek(TokenKind.BraceL))
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Location = Loc(start),
            };

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(true),
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Token;
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Token;
        Enter();
        var selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR);
        Leave();
        return new SelectionSetNode { Selections = selections, Location = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(false),
            Directives = ParseDirectives(false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.ParenL, isConst ? ParseConstArgument : ParseArgument, TokenKind.ParenR);

    private ArgumentNode ParseArgument() => ParseArgument(false);

    private ArgumentNode ParseConstArgument() => ParseArgument(true);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    private SelectionNode ParseFragment()
    {
        var start = Token;
        Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(false),
                Location = Loc(start),
            };

        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        var variables = _options.AllowLegacyFragmentVariables ? ParseVariableDefinitions() : [];
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            VariableDefinitions = variables,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (Token.Value == "on") throw Unexpected();
        return ParseName();
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode
        {
            Value = token.Value!,
            Location = _options.NoLocation ? null : new Location(token.Start, token.End, token.Line, token.Column),
        };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At)) directives.Add(ParseDirective(isConst));
        return directives;
    }

    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Token;
        Expect(TokenKind.At);
        return new DirectiveNode { Name = ParseName(), Arguments = ParseArguments(isConst), Location = Loc(start) };
    }
}
