using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>Turns AST type references into schema types, reporting unknown names once each.</summary>
internal sealed class TypeReferenceResolver(Dictionary<string, NamedType> types, List<string> errors)
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public GraphQLType Resolve(TypeNode node) => node switch
    {
        NonNullTypeNode n => new NonNullType(Resolve(n.Type)),
        ListTypeNode l => new ListType(Resolve(l.Type)),
        NamedTypeNode n => Named(n.Name.Value),
        _ => throw new ArgumentException("Unknown type node.", nameof(node)),
    };

    public NamedType Named(string name)
    {
        if (types.TryGetValue(name, out var type)) return type;
        if (BuiltInScalars.Find(name) is { } scalar) return scalar;
        if (_reported.Add(name)) errors.Add($"Unknown type \"{name}\".");
        return BuiltInScalars.String; // placeholder so building continues and reports every problem
    }
}
