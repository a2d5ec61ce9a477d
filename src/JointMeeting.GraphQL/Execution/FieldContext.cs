using System.Security.Claims;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

/// <summary>The executor's <see cref="ResolverContext"/>: one per resolved field, backed by the running operation.</summary>
internal sealed class FieldContext(OperationExecution operation, FieldPlan plan, ObjectType parentType, object? source, ResponsePath path)
    : ResolverContext
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();
    private IReadOnlyDictionary<string, object?> _arguments = NoArguments;

    public OperationExecution Operation { get; } = operation;

    public FieldPlan Plan { get; } = plan;

    public ResponsePath ResponsePath { get; } = path;

    public override object? Source { get; } = source;

    public override IReadOnlyDictionary<string, object?> Arguments => _arguments;

    public override IServiceProvider Services => Operation.Options.Services ?? EmptyServices.Instance;

    public override ClaimsPrincipal User => Operation.Options.User ?? Anonymous;

    public override CancellationToken CancellationToken => Operation.Options.CancellationToken;

    public override IDictionary<string, object?> Items => Operation.Options.Items;

    public override Schema Schema => Operation.Schema;

    public override ObjectType ParentType { get; } = parentType;

    public override FieldDefinition Field => Plan.Definition;

    public override IReadOnlyList<FieldNode> FieldNodes => Plan.Nodes;

    public override IReadOnlyList<object> Path => ResponsePath.ToList();

    internal void SetArguments(IReadOnlyDictionary<string, object?> arguments) => _arguments = arguments;

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
