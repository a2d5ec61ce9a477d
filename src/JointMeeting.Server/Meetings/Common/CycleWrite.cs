using System.Diagnostics;
using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Platform.Auth;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Meetings.Common;

/// <summary>What every mutation input of the cycle features may carry (API.md).</summary>
public interface IWriteInput
{
    long? ExpectedVersion { get; }
    string? ClientMutationId { get; }
}

/// <summary>Who writes, when (the injected clock), and how (version pin, retry key).</summary>
public sealed record CycleWrite(Actor Actor, DateTimeOffset Now, WriteOptions Options)
{
    public CycleWrite With(Func<JointMeeting.EventStore.AppendContext, CancellationToken, Task>? afterEvents) =>
        this with { Options = Options with { AfterEvents = afterEvents } };

    /// <summary>The system acting (jobs, reactions); never pinned, never keyed.</summary>
    public static CycleWrite System(DateTimeOffset now) => new(Actor.System, now, new WriteOptions(Actor: Actor.System));

    public static async Task<CycleWrite> BeginAsync(ResolverContext ctx, IWriteInput? input = null)
    {
        var actor = await ctx.Service<CurrentActor>().RequireAsync(ctx.User, ctx.CancellationToken);
        var now = ctx.Service<TimeProvider>().GetUtcNow();
        return new CycleWrite(actor, now,
            new WriteOptions(input?.ExpectedVersion, input?.ClientMutationId, actor, Activity.Current?.TraceId.ToString()));
    }

    /// <summary>Reads need a signed-in user; boards hold no personal data beyond names of organisations.</summary>
    public static Task<Actor> ViewerAsync(ResolverContext ctx) =>
        ctx.Service<CurrentActor>().RequireAsync(ctx.User, ctx.CancellationToken);

    public static string NewId() => Guid.NewGuid().ToString("N")[..16];
}

public static class WriteInputFields
{
    /// <summary>expectedVersion and clientMutationId on an input type.</summary>
    public static InputObjectTypeDescriptor WriteFields(this InputObjectTypeDescriptor i) =>
        i.Field("expectedVersion", "Int", "上次读取时的版本；不一致时返回 CONFLICT")
            .Field("clientMutationId", "String", "客户端重试键：同一键只执行一次");
}
