using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// One rule's view of a validation walk. The walker calls <see cref="Enter"/> and <see cref="Leave"/>
/// for every node, after <see cref="TypeInfo"/> has entered it; the defaults dispatch to one
/// overridable method per node kind. Returning false from an Enter method skips that node's
/// children for this rule only (as graphql-js's parallel visitor does).
/// </summary>
public abstract class RuleVisitor(ValidationContext context)
{
    /// <summary>The shared state of this validation: schema, document, type info, error sink.</summary>
    protected ValidationContext Context { get; } = context;

    /// <summary>Called on entering any node; return false to skip its children.</summary>
    public virtual bool Enter(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.Document => EnterDocument((DocumentNode)node),
        SyntaxKind.OperationDefinition => EnterOperation((OperationDefinitionNode)node),
        SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node),
        SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node),
        SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node),
        SyntaxKind.Field => EnterField((FieldNode)node),
        SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node),
        SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node),
        SyntaxKind.Argument => EnterArgument((ArgumentNode)node),
        SyntaxKind.Directive => EnterDirective((DirectiveNode)node),
        SyntaxKind.NamedType => EnterNamedType((NamedTypeNode)node),
        SyntaxKind.ObjectValue => EnterObjectValue((ObjectValueNode)node),
        SyntaxKind.ObjectField => EnterObjectField((ObjectFieldNode)node),
        SyntaxKind.ListValue => EnterListValue((ListValueNode)node),
        SyntaxKind.Variable => EnterVariable((VariableNode)node),
        SyntaxKind.IntValue or SyntaxKind.FloatValue or SyntaxKind.StringValue or SyntaxKind.BooleanValue
            or SyntaxKind.NullValue or SyntaxKind.EnumValue => EnterScalarValue((ValueNode)node),
        _ => true,
    };

    /// <summary>Called on leaving any node whose children were not skipped for this rule.</summary>
    public virtual void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document: LeaveDocument((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: LeaveOperation((OperationDefinitionNode)node); break;
            case SyntaxKind.FragmentDefinition: LeaveFragmentDefinition((FragmentDefinitionNode)node); break;
            case SyntaxKind.SelectionSet: LeaveSelectionSet((SelectionSetNode)node); break;
            case SyntaxKind.Field: LeaveField((FieldNode)node); break;
            case SyntaxKind.InlineFragment: LeaveInlineFragment((InlineFragmentNode)node); break;
            case SyntaxKind.Directive: LeaveDirective((DirectiveNode)node); break;
            case SyntaxKind.ObjectValue: LeaveObjectValue((ObjectValueNode)node); break;
        }
    }

    protected virtual bool EnterDocument(DocumentNode node) => true;
    protected virtual void LeaveDocument(DocumentNode node) { }
    protected virtual bool EnterOperation(OperationDefinitionNode node) => true;
    protected virtual void LeaveOperation(OperationDefinitionNode node) { }
    protected virtual bool EnterFragmentDefinition(FragmentDefinitionNode node) => true;
    protected virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }
    protected virtual bool EnterVariableDefinition(VariableDefinitionNode node) => true;
    protected virtual bool EnterSelectionSet(SelectionSetNode node) => true;
    protected virtual void LeaveSelectionSet(SelectionSetNode node) { }
    protected virtual bool EnterField(FieldNode node) => true;
    protected virtual void LeaveField(FieldNode node) { }
    protected virtual bool EnterFragmentSpread(FragmentSpreadNode node) => true;
    protected virtual bool EnterInlineFragment(InlineFragmentNode node) => true;
    protected virtual void LeaveInlineFragment(InlineFragmentNode node) { }
    protected virtual bool EnterArgument(ArgumentNode node) => true;
    protected virtual bool EnterDirective(DirectiveNode node) => true;
    protected virtual void LeaveDirective(DirectiveNode node) { }
    protected virtual bool EnterNamedType(NamedTypeNode node) => true;
    protected virtual bool EnterObjectValue(ObjectValueNode node) => true;
    protected virtual void LeaveObjectValue(ObjectValueNode node) { }
    protected virtual bool EnterObjectField(ObjectFieldNode node) => true;
    protected virtual bool EnterListValue(ListValueNode node) => true;
    protected virtual bool EnterVariable(VariableNode node) => true;

    /// <summary>Int, Float, String, Boolean, Null and Enum literals.</summary>
    protected virtual bool EnterScalarValue(ValueNode node) => true;

    /// <summary>Reports an error about <paramref name="nodes"/>.</summary>
    protected void Report(string message, params SyntaxNode[] nodes) => Context.ReportError(new GraphQLError(message, nodes));
}

/// <summary>A named validation rule: a factory for its per-validation visitor.</summary>
public sealed class ValidationRule(string name, Func<ValidationContext, RuleVisitor> create)
{
    /// <summary>The rule's name (graphql-js's, without the <c>Rule</c> suffix).</summary>
    public string Name { get; } = name;

    /// <summary>Creates the visitor for one validation.</summary>
    public RuleVisitor Create(ValidationContext context) => create(context);

    /// <inheritdoc />
    public override string ToString() => Name;
}
