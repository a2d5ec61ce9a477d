using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation;

/// <summary>Finds the variables used inside one operation or fragment, with the input type at each use.</summary>
internal sealed class VariableUsageCollector : RuleVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(ValidationContext context, TypeInfo typeInfo) : base(context) => _typeInfo = typeInfo;

    public static List<VariableUsage> Collect(ValidationContext context, ExecutableDefinitionNode definition)
    {
        // a fresh TypeInfo: the definition is walked on its own, from its own root type
        var typeInfo = new TypeInfo(context.Schema);
        var collector = new VariableUsageCollector(context, typeInfo);
        new DocumentWalker(typeInfo, [collector], []).Walk(definition);
        return collector._usages;
    }

    protected override bool EnterVariableDefinition(VariableDefinitionNode node) => false;

    protected override bool EnterVariable(VariableNode node)
    {
        _usages.Add(new VariableUsage(node, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.ParentInputType));
        return true;
    }
}
