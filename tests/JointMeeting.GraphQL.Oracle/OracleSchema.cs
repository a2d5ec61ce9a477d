using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Oracle;

/// <summary>The corpus schema, built from SDL the way the server builds its own.</summary>
internal static class OracleSchema
{
    public static Schema Build(string sdl) => SchemaBuilder.FromSdl(sdl).Build();
}
