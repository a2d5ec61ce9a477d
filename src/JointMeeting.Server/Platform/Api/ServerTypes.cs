using JointMeeting.GraphQL.Types;

namespace JointMeeting.Server.Platform.Api;

/// <summary>The custom scalars every feature uses, and fields about the server itself.</summary>
public sealed class ServerTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder builder) =>
        builder.Scalar(DateScalars.DateTime).Scalar(DateScalars.Date)
            // Clients show countdowns (due dates, meeting starts) against the server's clock, not the phone's.
            .Query("serverTime", f => f.Type("DateTime!").Description("服务器当前时间（UTC）").Resolve(_ => DateTimeOffset.UtcNow));
}
