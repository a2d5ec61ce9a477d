using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private void Fill(NamedType type, List<TypeSystemDefinitionNode> nodes, TypeReferenceResolver resolver, List<string> errors)
    {
        type.Description ??= nodes.OfType<TypeDefinitionNode>().Select(n => n.Description?.Value).FirstOrDefault(d => d is not null);
        type.Directives = [.. nodes.SelectMany(n => ((IHasDirectives)n).Directives)];
        type.ExtensionAstNodes = [.. nodes.OfType<TypeExtensionNode>()];
        switch (type)
        {
            case ScalarType scalar:
                scalar.SpecifiedByUrl = StringArgument(type.Directives, "specifiedBy", "url")
                    ?? (_scalars.TryGetValue(type.Name, out var impl) && nodes.All(_mergeable.Contains) ? impl.SpecifiedByUrl : null);
                break;
            case ComplexType complex:
                FillComplex(complex, nodes, resolver, errors);
                break;
            case UnionType union:
                foreach (var member in nodes.SelectMany(n => n is UnionTypeDefinitionNode d ? d.Types : ((UnionTypeExtensionNode)n).Types))
                {
                    var memberType = resolver.Named(member.Name.Value);
                    if (memberType is not ObjectType o)
                        errors.Add($"Union type {union.Name} can only include Object types, it cannot include {memberType.Name}.");
                    else if (union.Types.Contains(o))
                        errors.Add($"Union type {union.Name} can only include type {o.Name} once.");
                    else union.AddType(o);
                }
                break;
            case EnumType enumType:
                FillEnum(enumType, nodes, errors);
                break;
            case InputObjectType input:
                input.IsOneOf = HasDirective(type.Directives, "oneOf");
                foreach (var field in nodes.SelectMany(n => n is InputObjectTypeDefinitionNode d ? d.Fields : ((InputObjectTypeExtensionNode)n).Fields))
                {
                    if (input.GetField(field.Name.Value) is not null)
                        errors.Add($"Field \"{input.Name}.{field.Name.Value}\" can only be defined once.");
                    else input.AddField(BuildInputValue(field, resolver));
                }
                break;
        }
    }

    private static void FillComplex(ComplexType complex, List<TypeSystemDefinitionNode> nodes, TypeReferenceResolver resolver, List<string> errors)
    {
        foreach (var node in nodes)
        {
            var (interfaces, fields) = node switch
            {
                ObjectTypeDefinitionNode d => (d.Interfaces, d.Fields),
                ObjectTypeExtensionNode e => (e.Interfaces, e.Fields),
                InterfaceTypeDefinitionNode d => (d.Interfaces, d.Fields),
                InterfaceTypeExtensionNode e => (e.Interfaces, e.Fields),
                _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
            };
            foreach (var reference in interfaces)
            {
                var iface = resolver.Named(reference.Name.Value);
                if (iface is not InterfaceType i)
                    errors.Add($"Type {complex.Name} must only implement Interface types, it cannot implement {iface.Name}.");
                else if (complex.Implements(i))
                    errors.Add($"Type {complex.Name} can only implement {i.Name} once.");
                else complex.AddInterface(i);
            }
            foreach (var fieldNode in fields)
            {
                if (complex.GetField(fieldNode.Name.Value) is not null)
                {
                    errors.Add($"Field \"{complex.Name}.{fieldNode.Name.Value}\" can only be defined once.");
                    continue;
                }
                complex.AddField(new FieldDefinition(fieldNode.Name.Value, resolver.Resolve(fieldNode.Type))
                {
                    Description = fieldNode.Description?.Value,
                    Arguments = BuildArguments(fieldNode.Arguments, resolver, errors, $"{complex.Name}.{fieldNode.Name.Value}"),
                    DeprecationReason = DeprecationReason(fieldNode.Directives),
                    Directives = fieldNode.Directives,
                    AstNode = fieldNode,
                });
            }
        }
    }

    private void FillEnum(EnumType enumType, List<TypeSystemDefinitionNode> nodes, List<string> errors)
    {
        var bound = _enumValues.GetValueOrDefault(enumType.Name);
        foreach (var valueNode in nodes.SelectMany(n => n is EnumTypeDefinitionNode d ? d.Values : ((EnumTypeExtensionNode)n).Values))
        {
            string name = valueNode.Name.Value;
            if (enumType.GetValue(name) is not null)
            {
                errors.Add($"Enum value \"{enumType.Name}.{name}\" can only be defined once.");
                continue;
            }
            object? value = bound is null ? name : bound.TryGetValue(name, out var v) ? v : null;
            if (bound is not null && value is null)
                errors.Add($"Enum value \"{enumType.Name}.{name}\" has no matching CLR enum member.");
            enumType.AddValue(new EnumValueDefinition(name, value ?? name)
            {
                Description = valueNode.Description?.Value,
                DeprecationReason = DeprecationReason(valueNode.Directives),
                Directives = valueNode.Directives,
                AstNode = valueNode,
            });
        }
    }

    private static IReadOnlyList<InputValueDefinition> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes,
        TypeReferenceResolver resolver, List<string> errors, string owner)
    {
        if (nodes.Count == 0) return [];
        var arguments = new List<InputValueDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            if (arguments.Exists(a => a.Name == node.Name.Value))
                errors.Add($"Argument \"{owner}({node.Name.Value}:)\" can only be defined once.");
            else arguments.Add(BuildInputValue(node, resolver));
        }
        return arguments;
    }

    private static InputValueDefinition BuildInputValue(InputValueDefinitionNode node, TypeReferenceResolver resolver) =>
        new(node.Name.Value, resolver.Resolve(node.Type))
        {
            Description = node.Description?.Value,
            DefaultValue = node.DefaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
            Directives = node.Directives,
            AstNode = node,
        };

    private IReadOnlyList<DirectiveDefinition> BuildDirectives(TypeReferenceResolver resolver, List<string> errors)
    {
        var result = new List<DirectiveDefinition>();
        var declared = _definitions.OfType<DirectiveDefinitionNode>().ToList();
        // built-ins stay unless the SDL redefines one (graphql-js keeps the SDL version then)
        foreach (var builtIn in BuiltInDirectives.All)
            if (!declared.Exists(d => d.Name.Value == builtIn.Name)) result.Add(builtIn);
        foreach (var node in declared)
        {
            if (result.Exists(d => d.Name == node.Name.Value))
            {
                errors.Add($"There can be only one directive named \"@{node.Name.Value}\".");
                continue;
            }
            result.Add(new DirectiveDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                Arguments = BuildArguments(node.Arguments, resolver, errors, "@" + node.Name.Value),
                Locations = [.. node.Locations.Select(l => l.Value)],
                IsRepeatable = node.Repeatable,
                AstNode = node,
            });
        }
        return result;
    }

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.Any(d => d.Name.Value == name);

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null) return null;
        return StringArgument([deprecated], "deprecated", "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
    }

    private static string? StringArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments
            .FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode s ? s.Value : null;
}
