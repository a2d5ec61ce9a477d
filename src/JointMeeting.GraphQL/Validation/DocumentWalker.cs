using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// Walks a document depth-first in graphql-js's child order (descriptions left out, as validation
/// does), keeping <see cref="TypeInfo"/> in step and running every rule's visitor in parallel, each
/// with its own "skip this subtree" state.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly TypeInfo _typeInfo;
    private readonly RuleVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly List<SyntaxNode> _ancestors;

    public DocumentWalker(TypeInfo typeInfo, RuleVisitor[] visitors, List<SyntaxNode> ancestors)
    {
        _typeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Length];
        _ancestors = ancestors;
    }

    public void Walk(SyntaxNode node)
    {
        _typeInfo.Enter(node);
        for (int i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] == null && !_visitors[i].Enter(node)) _skipping[i] = node;
        }
        _ancestors.Add(node);
        WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        for (int i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] == null) _visitors[i].Leave(node);
            else if (ReferenceEquals(_skipping[i], node)) _skipping[i] = null;
        }
        _typeInfo.Leave(node);
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        for (int i = 0; i < nodes.Count; i++) Walk(nodes[i]);
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node != null) Walk(node);
    }

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: WalkAll(n.Definitions); break;
            case OperationDefinitionNode n:
                WalkAll(n.VariableDefinitions); WalkAll(n.Directives); Walk(n.SelectionSet); break;
            case VariableDefinitionNode n:
                Walk(n.Variable); Walk(n.Type); WalkOptional(n.DefaultValue); WalkAll(n.Directives); break;
            case SelectionSetNode n: WalkAll(n.Selections); break;
            case FieldNode n: WalkAll(n.Arguments); WalkAll(n.Directives); WalkOptional(n.SelectionSet); break;
            case ArgumentNode n: Walk(n.Value); break;
            case FragmentSpreadNode n: WalkAll(n.Directives); break;
            case InlineFragmentNode n: WalkOptional(n.TypeCondition); WalkAll(n.Directives); Walk(n.SelectionSet); break;
            case FragmentDefinitionNode n:
                WalkAll(n.VariableDefinitions); Walk(n.TypeCondition); WalkAll(n.Directives); Walk(n.SelectionSet); break;
            case ListValueNode n: WalkAll(n.Values); break;
            case ObjectValueNode n: WalkAll(n.Fields); break;
            case ObjectFieldNode n: Walk(n.Value); break;
            case DirectiveNode n: WalkAll(n.Arguments); break;
            case ListTypeNode n: Walk(n.Type); break;
            case NonNullTypeNode n: Walk(n.Type); break;
            default: WalkTypeSystemChildren(node); break;
        }
    }

    // Type-system definitions in an executable document are errors, but graphql-js still walks them,
    // so rules such as KnownTypeNames and KnownDirectives report inside them too.
    private void WalkTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n: WalkAll(n.Directives); WalkAll(n.OperationTypes); break;
            case SchemaExtensionNode n: WalkAll(n.Directives); WalkAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Walk(n.Type); break;
            case ScalarTypeDefinitionNode n: WalkAll(n.Directives); break;
            case ScalarTypeExtensionNode n: WalkAll(n.Directives); break;
            case ObjectTypeDefinitionNode n: WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case ObjectTypeExtensionNode n: WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case InterfaceTypeDefinitionNode n: WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case InterfaceTypeExtensionNode n: WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case FieldDefinitionNode n: WalkAll(n.Arguments); Walk(n.Type); WalkAll(n.Directives); break;
            case InputValueDefinitionNode n: Walk(n.Type); WalkOptional(n.DefaultValue); WalkAll(n.Directives); break;
            case UnionTypeDefinitionNode n: WalkAll(n.Directives); WalkAll(n.Types); break;
            case UnionTypeExtensionNode n: WalkAll(n.Directives); WalkAll(n.Types); break;
            case EnumTypeDefinitionNode n: WalkAll(n.Directives); WalkAll(n.Values); break;
            case EnumTypeExtensionNode n: WalkAll(n.Directives); WalkAll(n.Values); break;
            case EnumValueDefinitionNode n: WalkAll(n.Directives); break;
            case InputObjectTypeDefinitionNode n: WalkAll(n.Directives); WalkAll(n.Fields); break;
            case InputObjectTypeExtensionNode n: WalkAll(n.Directives); WalkAll(n.Fields); break;
            case DirectiveDefinitionNode n: WalkAll(n.Arguments); break;
        }
    }
}
