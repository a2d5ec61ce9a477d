using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types at the current position: the output type,
/// the enclosing composite type, the field and argument definitions, the expected input type and
/// whether that input position has a default. Mirrors graphql-js <c>TypeInfo</c> so that rules see
/// exactly what graphql-js rules see.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public GraphQLType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, list item or object field.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level up (the list or input object holding the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>Whether the current argument or input field declares a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = TypeFacts.NamedTypeOf(Type);
                _parentTypeStack.Add(TypeFacts.IsCompositeType(named) ? named : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? TypeFacts.FieldDefinitionOf(Schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(TypeFacts.IsOutputType(fieldDef?.Type) ? fieldDef!.Type : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(TypeFacts.RootType(Schema, operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition != null ? TypeFacts.TypeFromAst(Schema, inline.TypeCondition) : TypeFacts.NamedTypeOf(Type);
                _typeStack.Add(TypeFacts.IsOutputType(inlineType) ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeFacts.TypeFromAst(Schema, fragment.TypeCondition);
                _typeStack.Add(TypeFacts.IsOutputType(fragmentType) ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFacts.TypeFromAst(Schema, variable.Type);
                _inputTypeStack.Add(TypeFacts.IsInputType(variableType) ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = TypeFacts.NullableTypeOf(InputType);
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);   // list positions never have a default
                _inputTypeStack.Add(TypeFacts.IsInputType(itemType) ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputValueDefinition? inputField = null;
                if (TypeFacts.NamedTypeOf(InputType) is InputObjectType inputObject)
                    inputField = TypeFacts.InputFieldOf(inputObject, objectField.Name.Value);
                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(TypeFacts.IsInputType(inputField?.Type) ? inputField!.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = TypeFacts.NamedTypeOf(InputType) is EnumType enumType ? TypeFacts.EnumValueOf(enumType, enumValue.Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet: Pop(_parentTypeStack); break;
            case SyntaxKind.Field: Pop(_fieldDefStack); Pop(_typeStack); break;
            case SyntaxKind.Directive: Directive = null; break;
            case SyntaxKind.OperationDefinition or SyntaxKind.InlineFragment or SyntaxKind.FragmentDefinition: Pop(_typeStack); break;
            case SyntaxKind.VariableDefinition: Pop(_inputTypeStack); break;
            case SyntaxKind.Argument: Argument = null; Pop(_defaultValueStack); Pop(_inputTypeStack); break;
            case SyntaxKind.ListValue or SyntaxKind.ObjectField: Pop(_defaultValueStack); Pop(_inputTypeStack); break;
            case SyntaxKind.EnumValue: EnumValue = null; break;
        }
    }

    private void EnterArgument(ArgumentNode argument)
    {
        IReadOnlyList<InputValueDefinition>? arguments = Directive?.Arguments ?? FieldDef?.Arguments;
        InputValueDefinition? definition = null;
        if (arguments != null)
        {
            foreach (var candidate in arguments)
            {
                if (candidate.Name == argument.Name.Value) { definition = candidate; break; }
            }
        }
        Argument = definition;
        _defaultValueStack.Add(definition?.HasDefaultValue ?? false);
        _inputTypeStack.Add(TypeFacts.IsInputType(definition?.Type) ? definition!.Type : null);
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static bool Top(List<bool> stack) => stack.Count > 0 && stack[^1];

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }
}
